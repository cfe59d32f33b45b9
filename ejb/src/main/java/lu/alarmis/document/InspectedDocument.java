package lu.alarmis.document;

/** An uploaded file that passed {@link DocumentInspector}: its cleaned name and what it really is. */
public record InspectedDocument(String fileName, String mediaType, long size, String sha256Hex) {
}
