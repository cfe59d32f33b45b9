package lu.alarmis.web.format;

import java.util.Arrays;
import java.util.stream.Collectors;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.convert.ConverterException;
import jakarta.faces.convert.FacesConverter;

import lu.alarmis.audit.AuditAction;
import lu.alarmis.client.ConnectionState;
import lu.alarmis.partner.post.MessageDirection;
import lu.alarmis.partner.post.PartnerMessageStatus;
import lu.alarmis.partner.post.PostMessageType;
import lu.alarmis.request.RequestState;
import lu.alarmis.request.WorkQueueFilter;
import lu.alarmis.web.Messages;

/**
 * Converters by id for the enumerations that filters offer as options and take from the address
 * ({@code ?state=IN_REVIEW}). A value is read without regard to case ({@code assignee=mine}); one
 * that the enumeration does not have is refused with a message that lists the values it has,
 * never ignored. A page that names one ({@code converter="alarmis.RequestState"}) gets it once per
 * view instead of a lookup per option and request.
 */
public final class EnumConverters {

    private EnumConverters() {
    }

    /** An enumeration's constants as filter values. */
    public abstract static class FilterValues<E extends Enum<E>> implements Converter<E> {

        private final Class<E> type;

        protected FilterValues(Class<E> type) {
            this.type = type;
        }

        @Override
        public E getAsObject(FacesContext context, UIComponent component, String value) {
            if (value == null || value.isBlank()) {
                return null;
            }
            String wanted = value.strip();
            return Arrays.stream(type.getEnumConstants())
                    .filter(constant -> constant.name().equalsIgnoreCase(wanted))
                    .findFirst()
                    .orElseThrow(() -> refused(component, wanted));
        }

        @Override
        public String getAsString(FacesContext context, UIComponent component, E value) {
            return value == null ? "" : value.name();
        }

        private ConverterException refused(UIComponent component, String value) {
            String known = Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", "));
            String text = Messages.text("filter.unknownValue", parameterName(component), value, known);
            return new ConverterException(new FacesMessage(FacesMessage.SEVERITY_ERROR, text, text));
        }
    }

    /** The name a value is known by: the address parameter's, or the field's label. */
    static String parameterName(UIComponent component) {
        Object label = component.getAttributes().get("label");
        if (label != null) {
            return label.toString();
        }
        Object name = component.getAttributes().get("name");
        return name == null ? component.getId() : name.toString();
    }

    @FacesConverter("alarmis.AuditAction")
    public static class AuditActions extends FilterValues<AuditAction> {
        public AuditActions() {
            super(AuditAction.class);
        }
    }

    @FacesConverter("alarmis.RequestState")
    public static class RequestStates extends FilterValues<RequestState> {
        public RequestStates() {
            super(RequestState.class);
        }
    }

    @FacesConverter("alarmis.AlarmType")
    public static class AlarmTypes extends FilterValues<WorkQueueFilter.AlarmType> {
        public AlarmTypes() {
            super(WorkQueueFilter.AlarmType.class);
        }
    }

    @FacesConverter("alarmis.Assignment")
    public static class Assignments extends FilterValues<WorkQueueFilter.Assignment> {
        public Assignments() {
            super(WorkQueueFilter.Assignment.class);
        }
    }

    @FacesConverter("alarmis.MessageDirection")
    public static class MessageDirections extends FilterValues<MessageDirection> {
        public MessageDirections() {
            super(MessageDirection.class);
        }
    }

    @FacesConverter("alarmis.PartnerMessageStatus")
    public static class PartnerMessageStatuses extends FilterValues<PartnerMessageStatus> {
        public PartnerMessageStatuses() {
            super(PartnerMessageStatus.class);
        }
    }

    @FacesConverter("alarmis.PostMessageType")
    public static class PostMessageTypes extends FilterValues<PostMessageType> {
        public PostMessageTypes() {
            super(PostMessageType.class);
        }
    }

    @FacesConverter("alarmis.ConnectionState")
    public static class ConnectionStates extends FilterValues<ConnectionState> {
        public ConnectionStates() {
            super(ConnectionState.class);
        }
    }

    @FacesConverter("alarmis.ComplianceState")
    public static class ComplianceStates extends FilterValues<lu.alarmis.compliance.ComplianceState> {
        public ComplianceStates() {
            super(lu.alarmis.compliance.ComplianceState.class);
        }
    }
}
