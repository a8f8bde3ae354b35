package io.noodle.model.persistence;

import java.util.HashMap;
import java.util.Map;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.xmi.XMLResource;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceFactoryImpl;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceImpl;

/** Resources for {@code .noodle} files: XMI in UTF-8, with the options that keep large studies fast. */
public final class StudyResourceFactory extends XMIResourceFactoryImpl {

    /** The file name ending of study files. */
    public static final String EXTENSION = "noodle";

    @Override
    public Resource createResource(URI uri) {
        XMIResourceImpl r = new XMIResourceImpl(uri);
        // cases are referenced by their names (the ID attribute); this map finds them in constant time
        r.setIntrinsicIDToEObjectMap(new HashMap<>());
        Map<Object, Object> load = new HashMap<>();
        load.put(XMLResource.OPTION_DEFER_IDREF_RESOLUTION, Boolean.TRUE);
        load.put(XMLResource.OPTION_USE_PARSER_POOL, ParserPool.INSTANCE);
        load.put(XMLResource.OPTION_USE_XML_NAME_TO_FEATURE_MAP, new HashMap<>());
        load.put(XMLResource.OPTION_RECORD_UNKNOWN_FEATURE, Boolean.FALSE);
        // build the tree detached and attach it once, without notifications: large studies load much faster
        load.put(XMLResource.OPTION_DEFER_ATTACHMENT, Boolean.TRUE);
        load.put(XMLResource.OPTION_DISABLE_NOTIFY, Boolean.TRUE);
        load.put(XMLResource.OPTION_USE_DEPRECATED_METHODS, Boolean.FALSE);
        load.put(XMLResource.OPTION_CONFIGURATION_CACHE, Boolean.TRUE);
        // a study file is self-contained XML: no DOCTYPE, so no external DTD or entity is ever fetched or read
        load.put(XMLResource.OPTION_PARSER_FEATURES, Map.of("http://apache.org/xml/features/disallow-doctype-decl",
                Boolean.TRUE));
        r.getDefaultLoadOptions().putAll(load);
        Map<Object, Object> save = new HashMap<>();
        save.put(XMLResource.OPTION_ENCODING, "UTF-8");
        save.put(XMLResource.OPTION_LINE_WIDTH, 120);
        save.put(XMLResource.OPTION_USE_CACHED_LOOKUP_TABLE, new java.util.ArrayList<>());
        save.put(XMLResource.OPTION_SAVE_TYPE_INFORMATION, Boolean.FALSE);
        save.put(XMLResource.OPTION_CONFIGURATION_CACHE, Boolean.TRUE);
        r.getDefaultSaveOptions().putAll(save);
        return r;
    }

    /** One parser pool for all study resources. */
    private static final class ParserPool {
        static final org.eclipse.emf.ecore.xmi.impl.XMLParserPoolImpl INSTANCE =
                new org.eclipse.emf.ecore.xmi.impl.XMLParserPoolImpl();
    }
}
