package org.complaintdesk.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.complaintdesk.it.support.ComplaintApi.newComplaint;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.complaintdesk.it.support.ComplaintApi;
import org.complaintdesk.it.support.DeskServer;
import org.complaintdesk.it.support.SharedDesk;
import org.complaintdesk.it.support.TestDatabase;
import org.junit.jupiter.api.Test;

/**
 * Intake beyond what the desk takes at once: 64 integrations' calls at the same moment. Each is answered, as 201 or as
 * a 503 with Retry-After and a problem body; every acknowledged complaint is stored and no refused one is; a refused
 * call sent again with its Idempotency-Key is then logged once. (How fast the refusals come is a benchmark's figure.)
 */
class IntakeOverloadIT {

    private static final int CLIENTS = 64;
    private static final int CALLS_EACH = 4;

    private final DeskServer desk = SharedDesk.server();
    private final String db = SharedDesk.databaseUrl();
    private final ComplaintApi api = new ComplaintApi(desk);

    @Test
    void sixtyFourCallsAtOnceAreEachStoredOrRefusedAndARefusedOneCanBeSentAgain() throws Exception {
        String key = ChannelIntakeIT.createKey(api, "burst-" + System.nanoTime(), "ONLINE_CHAT", null);
        String surname = "Burst" + System.nanoTime();
        String body = newComplaint("BILLING", "SIMPLE").put("channel", "ONLINE_CHAT").put("customerSurname", surname).toString();

        Map<String, HttpResponse<String>> answers = new ConcurrentHashMap<>();
        ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
        try {
            List<Future<?>> calls = new ArrayList<>();
            for (int client = 0; client < CLIENTS; client++) {
                int c = client;
                calls.add(clients.submit(() -> {
                    for (int i = 0; i < CALLS_EACH; i++) {
                        String idempotencyKey = "burst-" + c + "-" + i;
                        answers.put(idempotencyKey, ChannelIntakeIT.send(desk, ChannelIntakeIT.INTAKE, key, idempotencyKey, body));
                    }
                }));
            }
            for (Future<?> call : calls) {
                call.get();
            }
        } finally {
            clients.shutdownNow();
        }

        List<String> refused = answers.entrySet().stream().filter(a -> a.getValue().statusCode() == 503).map(Map.Entry::getKey).toList();
        long stored = answers.values().stream().filter(a -> a.statusCode() == 201).count();
        assertThat(answers.values()).as("answers").allSatisfy(answer -> assertThat(answer.statusCode()).isIn(201, 503));
        assertThat(refused).as("calls refused by the bulkhead").isNotEmpty();
        for (String idempotencyKey : refused) {
            HttpResponse<String> answer = answers.get(idempotencyKey);
            assertThat(answer.headers().firstValue("Retry-After")).as("Retry-After").hasValue("1");
            assertThat(answer.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
            assertThat(answer.body()).contains("\"status\":503").contains("nothing was stored");
        }
        assertThat(complaintsOf(surname)).as("stored: exactly the acknowledged ones").isEqualTo(stored);

        for (String idempotencyKey : refused) {
            assertThat(ChannelIntakeIT.send(desk, ChannelIntakeIT.INTAKE, key, idempotencyKey, body).statusCode()).as("sent again").isEqualTo(201);
        }
        assertThat(complaintsOf(surname)).as("every call logged once").isEqualTo((long) CLIENTS * CALLS_EACH);
    }

    private long complaintsOf(String surname) {
        return TestDatabase.count(db, "select count(*) from complaint where customer_surname = ?", surname);
    }
}
