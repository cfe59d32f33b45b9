package lu.alarmis.client;

import java.io.Serializable;

/**
 * What staff search the register by: the client number (or its start), the start of the client's
 * name, its trade-register number, the start of the site's locality, the connection's state. Each
 * empty criterion matches everything.
 */
public class RegisterFilter implements Serializable {

    private static final long serialVersionUID = 1L;

    private String clientNumber;
    private String name;
    private String tradeRegisterNumber;
    private String locality;
    private ConnectionState state;

    public String getClientNumber() {
        return clientNumber;
    }

    public void setClientNumber(String clientNumber) {
        this.clientNumber = clientNumber;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getTradeRegisterNumber() {
        return tradeRegisterNumber;
    }

    public void setTradeRegisterNumber(String tradeRegisterNumber) {
        this.tradeRegisterNumber = tradeRegisterNumber;
    }

    public String getLocality() {
        return locality;
    }

    public void setLocality(String locality) {
        this.locality = locality;
    }

    public ConnectionState getState() {
        return state;
    }

    public void setState(ConnectionState state) {
        this.state = state;
    }
}
