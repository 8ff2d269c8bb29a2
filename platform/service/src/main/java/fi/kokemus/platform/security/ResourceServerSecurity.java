package fi.kokemus.platform.security;

import java.util.stream.Collectors;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.convert.converter.Converter;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.security.web.SecurityFilterChain;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every service is a resource server of its own: the gateway checks tokens too, but a service
 * reached any other way must not trust its caller.
 */
@Configuration(proxyBeanMethods = false)
public class ResourceServerSecurity {

    @Bean
    ProblemAuthenticationHandlers problemAuthenticationHandlers(JsonMapper jsonMapper) {
        return new ProblemAuthenticationHandlers(jsonMapper);
    }

    @Bean
    SecurityFilterChain resourceServerFilterChain(HttpSecurity http, SecurityProperties properties,
            ProblemAuthenticationHandlers problems) throws Exception {
        return http
                .csrf(AbstractHttpConfigurer::disable)
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .authorizeHttpRequests(requests -> {
                    requests.requestMatchers("/actuator/health/**", "/actuator/info", "/actuator/prometheus").permitAll();
                    if (!properties.publicPaths().isEmpty()) {
                        requests.requestMatchers(properties.publicPaths().toArray(String[]::new)).permitAll();
                    }
                    requests.anyRequest().authenticated();
                })
                .oauth2ResourceServer(server -> server
                        .jwt(jwt -> jwt.jwtAuthenticationConverter(realmRoleAuthorities()))
                        .authenticationEntryPoint(problems)
                        .accessDeniedHandler(problems))
                .exceptionHandling(errors -> errors.authenticationEntryPoint(problems).accessDeniedHandler(problems))
                .build();
    }

    /** Realm roles become {@code ROLE_<claim>} authorities. */
    static Converter<Jwt, AbstractAuthenticationToken> realmRoleAuthorities() {
        return jwt -> new JwtAuthenticationToken(jwt, JwtActors.roles(jwt).stream()
                .map(role -> new SimpleGrantedAuthority("ROLE_" + role.claim()))
                .collect(Collectors.toSet()), jwt.getSubject());
    }
}
