package lu.alarmis.web.staff.clients;

import java.io.Serializable;
import java.util.ResourceBundle;

import lu.alarmis.client.ConnectionState;
import lu.alarmis.client.RegisterRow;

/**
 * One line of the register's search as the page writes it: each cell's text worked out once in
 * Java, in the page's language, so that each cell is one plain property (as the work queue's
 * lines: messages looked up and keys joined in EL for twenty rows cost a good share of the page).
 */
public record RegisterLine(long connectionId, long clientId, String clientNumber, String clientName,
                           String tradeRegisterNumber, String siteLocality, String state) implements Serializable {

    static RegisterLine of(RegisterRow row, ResourceBundle messages) {
        String state = messages.getString("register.state." + row.state().name());
        if (row.state() == ConnectionState.ACTIVE && !row.lineActive()) {
            state += messages.getString("register.waitingForLine.short");
        }
        return new RegisterLine(row.connectionId(), row.clientId(), row.clientNumber(), row.clientName(),
                row.tradeRegisterNumber() == null ? "" : row.tradeRegisterNumber(), row.siteLocality(), state);
    }
}
