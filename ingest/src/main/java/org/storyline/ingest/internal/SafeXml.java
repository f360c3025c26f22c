package org.storyline.ingest.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import javax.xml.XMLConstants;
import org.jdom2.Document;
import org.jdom2.JDOMException;
import org.jdom2.input.SAXBuilder;
import org.jdom2.input.sax.SAXHandler;
import org.xml.sax.InputSource;

/**
 * Parses XML from untrusted feeds into JDOM without ever expanding an entity or fetching anything.
 *
 * <p>Design decision: a document that declares any entity (general or parameter, internal or external) in its DTD is
 * refused as soon as the parser reports the declaration, before the entity could be used: that is where XXE and
 * billion-laughs attacks live, and no real feed needs its own entities. A DOCTYPE that only names an external DTD
 * (as old RSS 0.91 feeds do) is accepted, but the DTD is never loaded, and any entity resolution that still happens
 * gets an empty document. Secure processing stays on as a second line of defence.
 */
final class SafeXml {
    /** Thrown from the parser callback when the document declares an entity. */
    static final class ForbiddenEntityException extends RuntimeException {
        private final String entityName;

        ForbiddenEntityException(String entityName) {
            super("the XML declares the entity '" + entityName + "'");
            this.entityName = entityName;
        }

        String entityName() {
            return entityName;
        }
    }

    private SafeXml() {}

    /**
     * The parsed document.
     *
     * @throws ForbiddenEntityException when the DTD declares an entity
     * @throws JDOMException when the XML is not well-formed
     */
    static Document parse(InputStream in, String systemId) throws JDOMException, IOException {
        SAXBuilder builder = new SAXBuilder();
        builder.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        builder.setFeature("http://xml.org/sax/features/external-general-entities", false);
        builder.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
        builder.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        builder.setExpandEntities(false);
        builder.setEntityResolver((publicId, entitySystemId) -> new InputSource(new StringReader("")));
        builder.setSAXHandlerFactory(factory -> new SAXHandler(factory) {
            @Override
            public void internalEntityDecl(String name, String value) {
                throw new ForbiddenEntityException(name);
            }

            @Override
            public void externalEntityDecl(String name, String publicId, String entitySystemId) {
                throw new ForbiddenEntityException(name);
            }

            @Override
            public void unparsedEntityDecl(String name, String publicId, String entitySystemId, String notation) {
                throw new ForbiddenEntityException(name);
            }
        });
        InputSource source = new InputSource(in);
        source.setSystemId(systemId);
        return builder.build(source);
    }
}
