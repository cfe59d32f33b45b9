/**
 * Documents that applicants upload: the inspection that lets through only sound PDF, JPEG and PNG
 * files, and the table of their bytes (kept apart from the records that list them). Depends on
 * common only (and Tika, PDFBox); never on another area or the web module.
 */
package lu.alarmis.document;
