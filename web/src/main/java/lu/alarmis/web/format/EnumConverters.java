package lu.alarmis.web.format;

import jakarta.faces.convert.EnumConverter;
import jakarta.faces.convert.FacesConverter;

import lu.alarmis.request.RequestState;
import lu.alarmis.request.WorkQueueFilter;

/**
 * Converters by id for the enumerations that filters offer as options. Faces would find the same
 * conversion by itself, but by looking a converter up for every option and on every request; a
 * page that names one ({@code converter="alarmis.RequestState"}) gets it once per view.
 */
public final class EnumConverters {

    private EnumConverters() {
    }

    @FacesConverter("alarmis.RequestState")
    public static class RequestStates extends EnumConverter {
        public RequestStates() {
            super(RequestState.class);
        }
    }

    @FacesConverter("alarmis.AlarmType")
    public static class AlarmTypes extends EnumConverter {
        public AlarmTypes() {
            super(WorkQueueFilter.AlarmType.class);
        }
    }

    @FacesConverter("alarmis.Assignment")
    public static class Assignments extends EnumConverter {
        public Assignments() {
            super(WorkQueueFilter.Assignment.class);
        }
    }
}
