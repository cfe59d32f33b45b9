package lu.alarmis.partner.post;

import java.io.Serializable;

/** What staff narrow the partner traffic to; every part optional. Bound to the page's URL parameters. */
public class PartnerTrafficFilter implements Serializable {

    private static final long serialVersionUID = 1L;

    private MessageDirection direction;
    private PartnerMessageStatus status;
    private PostMessageType type;
    /** A message id or a correlation id, exactly as it travelled. */
    private String messageId;

    public MessageDirection getDirection() {
        return direction;
    }

    public void setDirection(MessageDirection direction) {
        this.direction = direction;
    }

    public PartnerMessageStatus getStatus() {
        return status;
    }

    public void setStatus(PartnerMessageStatus status) {
        this.status = status;
    }

    public PostMessageType getType() {
        return type;
    }

    public void setType(PostMessageType type) {
        this.type = type;
    }

    public String getMessageId() {
        return messageId;
    }

    public void setMessageId(String messageId) {
        this.messageId = messageId == null || messageId.isBlank() ? null : messageId.strip();
    }
}
