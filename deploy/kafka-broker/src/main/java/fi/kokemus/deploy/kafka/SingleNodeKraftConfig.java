package fi.kokemus.deploy.kafka;

import java.util.Properties;

/**
 * Server properties of one process that is both KRaft controller and broker. Replication factors are 1
 * because there is only one node; topics are created on first use so services need no setup step.
 */
final class SingleNodeKraftConfig {

    static final int NODE_ID = 1;
    static final String CONTROLLER_LISTENER = "CONTROLLER";

    private SingleNodeKraftConfig() {
    }

    static Properties of(BrokerOptions options) {
        Properties props = new Properties();
        props.put("process.roles", "broker,controller");
        props.put("node.id", String.valueOf(NODE_ID));
        // A static voter set: the storage is formatted without --standalone.
        props.put("controller.quorum.voters", NODE_ID + "@" + options.host() + ":" + options.controllerPort());
        props.put("listeners", "PLAINTEXT://" + options.bootstrapServers()
                + "," + CONTROLLER_LISTENER + "://" + options.host() + ":" + options.controllerPort());
        props.put("advertised.listeners", "PLAINTEXT://" + options.bootstrapServers());
        props.put("controller.listener.names", CONTROLLER_LISTENER);
        props.put("inter.broker.listener.name", "PLAINTEXT");
        props.put("listener.security.protocol.map", "PLAINTEXT:PLAINTEXT," + CONTROLLER_LISTENER + ":PLAINTEXT");
        props.put("log.dirs", options.dataDir().toString());
        props.put("auto.create.topics.enable", "true");
        props.put("num.partitions", "3");
        props.put("default.replication.factor", "1");
        props.put("offsets.topic.replication.factor", "1");
        props.put("offsets.topic.num.partitions", "10");
        props.put("transaction.state.log.replication.factor", "1");
        props.put("transaction.state.log.min.isr", "1");
        props.put("transaction.state.log.num.partitions", "10");
        props.put("share.coordinator.state.topic.replication.factor", "1");
        props.put("share.coordinator.state.topic.min.isr", "1");
        props.put("group.initial.rebalance.delay.ms", "0");
        return props;
    }
}
