package org.complaintdesk.platform;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ListenerPortTest {

    @Test
    void thePortIsTheHttpListenersNotTheHttpsListenersNorTheAdminListeners() {
        String domainXml = """
                <network-listeners>
                <network-listener protocol="admin-listener" port="4848" name="admin-listener" thread-pool="admin-thread-pool"/>
                <network-listener protocol="http-listener" port="45233" name="http-listener" thread-pool="http-thread-pool" transport="tcp">
                </network-listener>
                <network-listener protocol="https-listener" port="8443" name="https-listener" enabled="false">
                </network-listeners>""";
        assertThat(ListenerPort.in(domainXml)).hasValue(45233);
        assertThat(ListenerPort.in("<network-listeners/>")).isEmpty();
    }
}
