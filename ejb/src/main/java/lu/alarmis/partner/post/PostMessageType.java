package lu.alarmis.partner.post;

import java.util.Arrays;
import java.util.Optional;

/**
 * The message types of the POST contract: the value of the {@code messageType} property, the
 * root element of the body, and the direction the type travels in.
 */
public enum PostMessageType {
    CONNECTION_REQUEST_FILED("ConnectionRequestFiled", MessageDirection.OUTBOUND),
    CLIENT_NUMBER_ASSIGNED("ClientNumberAssigned", MessageDirection.OUTBOUND),
    CONNECTION_SUSPENDED("ConnectionSuspended", MessageDirection.OUTBOUND),
    CONNECTION_REINSTATED("ConnectionReinstated", MessageDirection.OUTBOUND),
    CONNECTION_ENDED("ConnectionEnded", MessageDirection.OUTBOUND),
    ORDER_CONFIRMED("OrderConfirmed", MessageDirection.INBOUND),
    ORDER_REJECTED("OrderRejected", MessageDirection.INBOUND),
    LINE_ACTIVE("LineActive", MessageDirection.INBOUND),
    TRANSMISSION_TEST_REPORTED("TransmissionTestReported", MessageDirection.INBOUND),
    LINE_ENDED("LineEnded", MessageDirection.INBOUND),
    /** To POST: one of its messages was recorded and applied, or parked until what it answers exists. */
    MESSAGE_ACCEPTED("MessageAccepted", MessageDirection.OUTBOUND),
    /** Either way: the receiver refused a message. */
    MESSAGE_REJECTED("MessageRejected", null);

    private final String rootElement;
    private final MessageDirection direction;

    PostMessageType(String rootElement, MessageDirection direction) {
        this.rootElement = rootElement;
        this.direction = direction;
    }

    public String rootElement() {
        return rootElement;
    }

    /** Whether a message of this type may travel in that direction. */
    public boolean travels(MessageDirection way) {
        return direction == null || direction == way;
    }

    /** The type a messageType property names, if the contract has it. */
    public static Optional<PostMessageType> named(String messageType) {
        return Arrays.stream(values()).filter(t -> t.name().equals(messageType)).findFirst();
    }
}
