package lu.alarmis.request;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import org.hibernate.envers.Audited;

/** One of the 24/7 contact persons of a request, in the order the applicant gave them. */
@Entity
@Table(name = "request_contact")
@Audited
public class ContactPerson {

    @Id
    @SequenceGenerator(name = "request_contact_seq", sequenceName = "request_contact_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "request_contact_seq")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "request_id", nullable = false, updatable = false)
    private ConnectionRequest request;

    @Column(name = "position", nullable = false)
    private int position;

    @Embedded
    private Contact contact;

    protected ContactPerson() {
        // for JPA
    }

    ContactPerson(ConnectionRequest request, int position, Contact contact) {
        this.request = request;
        this.position = position;
        this.contact = contact;
    }

    void replace(Contact contact) {
        this.contact = contact;
    }

    public Long getId() {
        return id;
    }

    public int getPosition() {
        return position;
    }

    public Contact getContact() {
        return contact;
    }
}
