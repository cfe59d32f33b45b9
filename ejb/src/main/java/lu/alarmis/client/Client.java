package lu.alarmis.client;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.AttributeOverrides;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import lu.alarmis.account.BusinessEspace;
import lu.alarmis.account.LegalForm;
import lu.alarmis.common.BusinessException;
import lu.alarmis.common.Language;
import lu.alarmis.common.SearchKey;
import lu.alarmis.common.Text;

/**
 * A client of the register: an organisation whose alarms reach the CIN through one or more
 * connections, the business eSpaces that act for it, and its registered postal address, the one
 * letters are sent to. That address is confirmed by a member of the Alarmis section, never taken on
 * the applicant's word alone: until then {@link #isAddressConfirmed()} is false.
 */
@Entity
@Table(name = "client")
public class Client {

    public static final int TRADE_REGISTER_MAX = 20;

    @Id
    @SequenceGenerator(name = "client_seq", sequenceName = "client_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "client_seq")
    private Long id;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    @Column(name = "name", nullable = false, length = BusinessEspace.NAME_MAX)
    private String name;

    /** The name in capitals without accents, as the register's search matches it. */
    @Column(name = "name_key", nullable = false, length = BusinessEspace.NAME_MAX)
    private String nameKey;

    @Enumerated(EnumType.STRING)
    @Column(name = "legal_form", nullable = false, length = 30)
    private LegalForm legalForm;

    /** Any register's number (RCS "B123456", the register of associations "F1234", ...); none for a public body. */
    @Column(name = "trade_register_number", length = TRADE_REGISTER_MAX)
    private String tradeRegisterNumber;

    @Enumerated(EnumType.STRING)
    @Column(name = "correspondence_language", nullable = false, length = 2)
    private Language correspondenceLanguage = Language.FR;

    @Embedded
    @AttributeOverrides({
            @AttributeOverride(name = "street", column = @Column(name = "postal_street")),
            @AttributeOverride(name = "houseNumber", column = @Column(name = "postal_house_number")),
            @AttributeOverride(name = "postcode", column = @Column(name = "postal_postcode")),
            @AttributeOverride(name = "locality", column = @Column(name = "postal_locality"))})
    private Address postalAddress;

    @Column(name = "address_confirmed_by", length = 254)
    private String addressConfirmedBy;

    @Column(name = "address_confirmed_at")
    private Instant addressConfirmedAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "origin", nullable = false, updatable = false, length = 10)
    private RegisterOrigin origin;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @OneToMany(mappedBy = "client", cascade = CascadeType.PERSIST)
    @OrderBy("linkedAt")
    private List<ClientEspace> espaces = new ArrayList<>();

    protected Client() {
        // for JPA
    }

    Client(String name, LegalForm legalForm, String tradeRegisterNumber, Language correspondenceLanguage,
           Address postalAddress, RegisterOrigin origin, Instant now) {
        rename(name);
        this.legalForm = legalForm;
        this.tradeRegisterNumber = normaliseTradeRegisterNumber(tradeRegisterNumber);
        this.correspondenceLanguage = correspondenceLanguage == null ? Language.FR : correspondenceLanguage;
        this.postalAddress = postalAddress;
        this.origin = origin;
        this.createdAt = now;
    }

    /** As the eSpaces write it ("b 123 456" is "B123456"); blank is none (a public body has none). */
    public static String normaliseTradeRegisterNumber(String value) {
        return Text.blank(value) ? null : BusinessEspace.normaliseTradeRegisterNumber(value);
    }

    void rename(String newName) {
        this.name = Text.strip(newName);
        this.nameKey = SearchKey.of(this.name);
    }

    /** A member of the section confirms where letters go (typed or checked against the trade register). */
    void confirmPostalAddress(Address address, String confirmedBy, Instant now) {
        if (address == null || !address.isComplete()) {
            throw new BusinessException("client.addressIncomplete", "postal address incomplete: " + address);
        }
        this.postalAddress = address;
        this.addressConfirmedBy = confirmedBy;
        this.addressConfirmedAt = now;
    }

    /** A client as the legacy register kept it: its postal address on file, confirmed by no one here yet. */
    static Client legacy(LegacyEntry entry, Instant now) {
        return new Client(entry.name(), entry.legalForm(), entry.tradeRegisterNumber(), entry.language(),
                entry.postalAddress(), RegisterOrigin.LEGACY, now);
    }

    /**
     * What a legacy register's entry says otherwise of this client, in words for the connection's
     * history; a postal address that staff confirmed is not the file's to change, and is left out.
     */
    List<String> differencesFrom(LegacyEntry entry) {
        List<String> differences = new ArrayList<>();
        if (origin != RegisterOrigin.LEGACY) {
            return differences; // a client of this service: its details are staff's, not the file's
        }
        if (!Text.strip(entry.name()).equals(name)) {
            differences.add("name " + name + " → " + Text.strip(entry.name()));
        }
        if (entry.legalForm() != legalForm) {
            differences.add("legal form " + legalForm + " → " + entry.legalForm());
        }
        if (!Objects.equals(normaliseTradeRegisterNumber(entry.tradeRegisterNumber()), tradeRegisterNumber)) {
            differences.add("trade register " + tradeRegisterNumber + " → " + entry.tradeRegisterNumber());
        }
        if (entry.language() != correspondenceLanguage) {
            differences.add("language " + correspondenceLanguage + " → " + entry.language());
        }
        if (!isAddressConfirmed() && !entry.postalAddress().equals(postalAddress)) {
            differences.add("postal address " + postalAddress + " → " + entry.postalAddress());
        }
        return differences;
    }

    /** Whether the file gives another postal address than the one staff confirmed (which stays). */
    boolean confirmedAddressDiffersFrom(LegacyEntry entry) {
        return origin == RegisterOrigin.LEGACY && isAddressConfirmed() && !entry.postalAddress().equals(postalAddress);
    }

    /** Takes what a later file of the legacy register says of it, except a postal address staff confirmed. */
    void takeOver(LegacyEntry entry) {
        if (origin != RegisterOrigin.LEGACY) {
            return;
        }
        rename(entry.name());
        this.legalForm = entry.legalForm();
        this.tradeRegisterNumber = normaliseTradeRegisterNumber(entry.tradeRegisterNumber());
        this.correspondenceLanguage = entry.language();
        if (!isAddressConfirmed()) {
            this.postalAddress = entry.postalAddress();
        }
    }

    /** Links a business eSpace, unless it is already. @return whether it was new. */
    boolean link(BusinessEspace espace, String linkedBy, Instant now) {
        if (isLinkedTo(espace.getId())) {
            return false;
        }
        espaces.add(new ClientEspace(this, espace, linkedBy, now));
        return true;
    }

    /** The link to that eSpace, taken off the client's list (the caller removes it from the database). */
    java.util.Optional<ClientEspace> unlink(long espaceId) {
        java.util.Optional<ClientEspace> link = espaces.stream().filter(l -> l.getEspace().getId() == espaceId).findFirst();
        link.ifPresent(espaces::remove);
        return link;
    }

    public boolean isLinkedTo(long espaceId) {
        return espaces.stream().anyMatch(link -> link.getEspace().getId() == espaceId);
    }

    public boolean isAddressConfirmed() {
        return addressConfirmedAt != null;
    }

    public Long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    public String getName() {
        return name;
    }

    String getNameKey() {
        return nameKey;
    }

    public LegalForm getLegalForm() {
        return legalForm;
    }

    public String getTradeRegisterNumber() {
        return tradeRegisterNumber;
    }

    public Language getCorrespondenceLanguage() {
        return correspondenceLanguage;
    }

    public Address getPostalAddress() {
        return postalAddress;
    }

    public String getAddressConfirmedBy() {
        return addressConfirmedBy;
    }

    public Instant getAddressConfirmedAt() {
        return addressConfirmedAt;
    }

    public RegisterOrigin getOrigin() {
        return origin;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public List<ClientEspace> getEspaces() {
        return Collections.unmodifiableList(espaces);
    }
}
