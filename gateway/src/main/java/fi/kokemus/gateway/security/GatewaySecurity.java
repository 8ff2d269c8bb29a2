package fi.kokemus.gateway.security;

import fi.kokemus.gateway.GatewayProperties;
import fi.kokemus.gateway.GatewayProperties.PathAccess;
import fi.kokemus.gateway.problem.ProblemWriter;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.web.reactive.EnableWebFluxSecurity;
import org.springframework.security.config.web.server.ServerHttpSecurity;
import org.springframework.security.config.web.server.ServerHttpSecurity.AuthorizeExchangeSpec;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationConverter;
import org.springframework.security.oauth2.server.resource.authentication.ReactiveJwtAuthenticationConverterAdapter;
import org.springframework.security.web.server.SecurityWebFilterChain;
import org.springframework.security.web.server.context.NoOpServerSecurityContextRepository;

/**
 * The gateway's token check: public paths pass, configured paths need one of their roles, anything else
 * needs a valid token (and then usually meets a 404). Services check the relayed token again.
 */
@Configuration(proxyBeanMethods = false)
@EnableWebFluxSecurity
public class GatewaySecurity {

    @Bean
    SecurityWebFilterChain gatewaySecurityFilterChain(ServerHttpSecurity http, GatewayProperties properties,
            ProblemWriter problems) {
        ProblemSecurityHandlers handlers = new ProblemSecurityHandlers(problems);
        return http
                .csrf(ServerHttpSecurity.CsrfSpec::disable)
                .httpBasic(ServerHttpSecurity.HttpBasicSpec::disable)
                .formLogin(ServerHttpSecurity.FormLoginSpec::disable)
                .logout(ServerHttpSecurity.LogoutSpec::disable)
                .securityContextRepository(NoOpServerSecurityContextRepository.getInstance())
                .authorizeExchange(exchanges -> applyPolicy(exchanges, properties))
                .oauth2ResourceServer(server -> server
                        .jwt(jwt -> jwt.jwtAuthenticationConverter(realmRoleAuthentication()))
                        .authenticationEntryPoint(handlers)
                        .accessDeniedHandler(handlers))
                .exceptionHandling(errors -> errors.authenticationEntryPoint(handlers).accessDeniedHandler(handlers))
                .build();
    }

    private static void applyPolicy(AuthorizeExchangeSpec exchanges, GatewayProperties properties) {
        if (!properties.publicPaths().isEmpty()) {
            exchanges.pathMatchers(properties.publicPaths().toArray(String[]::new)).permitAll();
        }
        for (PathAccess access : properties.access()) {
            exchanges.pathMatchers(access.path()).hasAnyRole(access.roles().toArray(String[]::new));
        }
        exchanges.anyExchange().authenticated();
    }

    private static ReactiveJwtAuthenticationConverterAdapter realmRoleAuthentication() {
        JwtAuthenticationConverter converter = new JwtAuthenticationConverter();
        converter.setJwtGrantedAuthoritiesConverter(new RealmRoleAuthorities());
        return new ReactiveJwtAuthenticationConverterAdapter(converter);
    }
}
