package lu.alarmis.partner.post;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;

class PostSchemaTest {

    private static final Instant AT = Instant.parse("2026-11-28T10:15:30.123Z");

    private final PostSchema schema = new PostSchema();

    @Test
    void everyMessageTypeWeWriteFollowsThePublishedSchema() {
        schema.check(PostMessageType.CONNECTION_REQUEST_FILED, PostMessageWriter.start(PostMessageType.CONNECTION_REQUEST_FILED)
                .element("requestReference", "R-42").element("orderReference", "ORD-2026-0001")
                .open("organisation").element("name", "Bijouterie Weber & Fils <Luxembourg>")
                .element("tradeRegisterNumber", "B123456").close()
                .open("site").element("street", "Grand-Rue").element("houseNumber", "12")
                .element("postcode", "L-1660").element("locality", "Luxembourg").close()
                .element("passiveAlarm", true).element("activeAlarm", false).element("filedAt", AT).finish());
        schema.check(PostMessageType.CLIENT_NUMBER_ASSIGNED, PostMessageWriter.start(PostMessageType.CLIENT_NUMBER_ASSIGNED)
                .element("requestReference", "R-42").element("orderReference", "ORD-2026-0001")
                .element("clientNumber", "AL-2026-000123-7").element("lineId", null).element("assignedAt", AT).finish());
        schema.check(PostMessageType.CONNECTION_SUSPENDED, PostMessageWriter.start(PostMessageType.CONNECTION_SUSPENDED)
                .element("clientNumber", "AL-2026-000123-7").element("effectiveAt", AT).element("reason", "no servicing")
                .finish());
        schema.check(PostMessageType.MESSAGE_ACCEPTED, PostMessageWriter.start(PostMessageType.MESSAGE_ACCEPTED)
                .element("acceptedMessageId", "post-1").element("outcome", PartnerMessageStatus.PARKED).finish());
        schema.check(PostMessageType.MESSAGE_REJECTED, PostMessageWriter.start(PostMessageType.MESSAGE_REJECTED)
                .element("rejectedMessageId", "post-1").element("errorCode", PostErrorCode.SCHEMA_INVALID)
                .element("reason", "line 3: ...").finish());
    }

    @Test
    void aReasonWithPastedControlCharactersStillMakesAValidMessage() {
        String body = PostMessageWriter.start(PostMessageType.CONNECTION_SUSPENDED)
                .element("clientNumber", "AL-2026-000123-7").element("effectiveAt", AT)
                .element("reason", "Servicing\u0001 overdue\u000B\tsince March\uD83D\uDD14").finish();

        schema.check(PostMessageType.CONNECTION_SUSPENDED, body);
        assertThat(body).contains("<reason>Servicing overdue\tsince March\uD83D\uDD14</reason>");
    }

    @Test
    void aMessageOfPostIsReadFieldByField() {
        Element root = schema.read(PostMessageType.ORDER_CONFIRMED, orderConfirmed("ORD-2026-0001"));
        PostMessageReader reader = new PostMessageReader(root);
        assertThat(reader.text("orderReference")).isEqualTo("ORD-2026-0001");
        assertThat(reader.text("lineId")).isEqualTo("LINE-77");
        assertThat(reader.instant("confirmedAt")).isEqualTo(Instant.parse("2026-11-28T09:00:00Z"));
    }

    @Test
    void aBodyThatBreaksTheSchemaIsRefusedWithWhere() {
        String body = orderConfirmed("ord 1");
        assertThatThrownBy(() -> schema.read(PostMessageType.ORDER_CONFIRMED, body))
                .isInstanceOfSatisfying(PostMessageRefusedException.class, e -> {
                    assertThat(e.code()).isEqualTo(PostErrorCode.SCHEMA_INVALID);
                    assertThat(e.reason()).contains("ord 1");
                });
    }

    @Test
    void anInstantWithoutOffsetIsRefused() {
        String body = orderConfirmed("ORD-1").replace("2026-11-28T09:00:00Z", "2026-11-28T09:00:00");
        assertThatThrownBy(() -> schema.read(PostMessageType.ORDER_CONFIRMED, body))
                .extracting(e -> ((PostMessageRefusedException) e).code()).isEqualTo(PostErrorCode.SCHEMA_INVALID);
    }

    @Test
    void aBodyOfAnotherTypeThanItsPropertySaysIsRefused() {
        assertThatThrownBy(() -> schema.read(PostMessageType.ORDER_REJECTED, orderConfirmed("ORD-1")))
                .extracting(e -> ((PostMessageRefusedException) e).code()).isEqualTo(PostErrorCode.TYPE_MISMATCH);
    }

    @Test
    void doctypesAndEntitiesAreRefusedBeforeAnythingIsResolved() {
        String xxe = "<?xml version=\"1.0\"?><!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]>"
                + orderConfirmed("ORD-1").replace("<?xml version=\"1.0\" encoding=\"UTF-8\"?>", "")
                .replace("LINE-77", "&e;");
        assertThatThrownBy(() -> schema.read(PostMessageType.ORDER_CONFIRMED, xxe))
                .extracting(e -> ((PostMessageRefusedException) e).code()).isEqualTo(PostErrorCode.NOT_WELL_FORMED);
        String laughs = "<!DOCTYPE l [<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\">]><l>&b;</l>";
        assertThatThrownBy(() -> schema.read(PostMessageType.ORDER_CONFIRMED, laughs))
                .extracting(e -> ((PostMessageRefusedException) e).code()).isEqualTo(PostErrorCode.NOT_WELL_FORMED);
    }

    @Test
    void anOversizedOrBrokenBodyIsRefused() {
        assertThatThrownBy(() -> schema.read(PostMessageType.ORDER_CONFIRMED, "<a>" + "x".repeat(PostSchema.MAX_BODY_CHARS) + "</a>"))
                .extracting(e -> ((PostMessageRefusedException) e).code()).isEqualTo(PostErrorCode.TOO_LARGE);
        assertThatThrownBy(() -> schema.read(PostMessageType.ORDER_CONFIRMED, "<OrderConfirmed"))
                .extracting(e -> ((PostMessageRefusedException) e).code()).isEqualTo(PostErrorCode.NOT_WELL_FORMED);
        assertThatThrownBy(() -> schema.read(PostMessageType.ORDER_CONFIRMED, " "))
                .extracting(e -> ((PostMessageRefusedException) e).code()).isEqualTo(PostErrorCode.SCHEMA_INVALID);
    }

    @Test
    void aBodyThatBreaksTheSchemaAndIsNotWellFormedFurtherOnIsRefusedAsNotWellFormed() {
        String cutOff = orderConfirmed("ord 1").replace("</OrderConfirmed>", "");
        assertThatThrownBy(() -> schema.read(PostMessageType.ORDER_CONFIRMED, cutOff))
                .extracting(e -> ((PostMessageRefusedException) e).code()).isEqualTo(PostErrorCode.NOT_WELL_FORMED);
        assertThatThrownBy(() -> schema.read(PostMessageType.ORDER_CONFIRMED, "<foo><bar></foo>"))
                .extracting(e -> ((PostMessageRefusedException) e).code()).isEqualTo(PostErrorCode.NOT_WELL_FORMED);
        assertThatThrownBy(() -> schema.read(PostMessageType.ORDER_CONFIRMED, orderConfirmed("ORD-1") + "<x/>"))
                .extracting(e -> ((PostMessageRefusedException) e).code()).isEqualTo(PostErrorCode.NOT_WELL_FORMED);
    }

    @Test
    void parsersAndValidatorsKeptForTheNextMessageStayStrictAfterRefusalsAndAcrossThreads() throws Exception {
        String xxe = "<!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]>"
                + orderConfirmed("ORD-1").replace("<?xml version=\"1.0\" encoding=\"UTF-8\"?>", "").replace("LINE-77", "&e;");
        ExecutorService threads = Executors.newFixedThreadPool(4);
        try {
            List<Future<?>> rounds = new ArrayList<>();
            for (int i = 0; i < 200; i++) {
                String reference = "ORD-" + i;
                rounds.add(threads.submit(() -> {
                    assertThatThrownBy(() -> schema.read(PostMessageType.ORDER_CONFIRMED, orderConfirmed("ord " + reference)))
                            .extracting(e -> ((PostMessageRefusedException) e).code()).isEqualTo(PostErrorCode.SCHEMA_INVALID);
                    assertThatThrownBy(() -> schema.read(PostMessageType.ORDER_CONFIRMED, xxe))
                            .extracting(e -> ((PostMessageRefusedException) e).code()).isEqualTo(PostErrorCode.NOT_WELL_FORMED);
                    Element root = schema.read(PostMessageType.ORDER_CONFIRMED, orderConfirmed(reference));
                    assertThat(new PostMessageReader(root).text("orderReference")).isEqualTo(reference);
                }));
            }
            for (Future<?> round : rounds) {
                round.get(30, TimeUnit.SECONDS);
            }
        } finally {
            threads.shutdownNow();
        }
    }

    static String orderConfirmed(String orderReference) {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                + "<OrderConfirmed xmlns=\"urn:lu:alarmis:post:1\">"
                + "<orderReference>" + orderReference + "</orderReference>"
                + "<lineId>LINE-77</lineId><transmitterId>TX-9</transmitterId>"
                + "<confirmedAt>2026-11-28T09:00:00Z</confirmedAt></OrderConfirmed>";
    }
}
