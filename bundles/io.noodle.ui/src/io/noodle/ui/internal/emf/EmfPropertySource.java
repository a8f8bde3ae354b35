package io.noodle.ui.internal.emf;

import java.util.List;

import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EEnumLiteral;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.edit.provider.IItemLabelProvider;
import org.eclipse.emf.edit.provider.IItemPropertyDescriptor;
import org.eclipse.emf.edit.provider.IItemPropertySource;
import org.eclipse.jface.viewers.CellEditor;
import org.eclipse.jface.viewers.ComboBoxCellEditor;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.jface.viewers.TextCellEditor;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.views.properties.IPropertyDescriptor;
import org.eclipse.ui.views.properties.IPropertySource;
import org.eclipse.ui.views.properties.PropertyDescriptor;

import io.noodle.model.derived.CaseNames;

/**
 * Shows an EMF object's item property descriptors in the Properties view. A single-valued attribute of an
 * object a study session edits (a stage's budget, a rail, an ECO's class, the study's domain) is edited in
 * place — a text checked as it is typed, or a choice of literals — and the change is one command on the
 * study's command stack (undo, redo, dirty, as every designer edit). References, lists and the results of a
 * run are read-only.
 */
public final class EmfPropertySource implements IPropertySource {

    private final Object object;
    private final IItemPropertySource source;

    private EmfPropertySource(Object object, IItemPropertySource source) {
        this.object = object;
        this.source = source;
    }

    /** The property source of an object, or null when its item provider has none. */
    public static IPropertySource of(AdapterFactory factory, Object object) {
        IItemPropertySource s = (IItemPropertySource) factory.adapt(object, IItemPropertySource.class);
        return s == null ? null : new EmfPropertySource(object, s);
    }

    @Override
    public Object getEditableValue() {
        return object;
    }

    /** The attribute a descriptor edits in place, or null when it is shown read-only. */
    private EAttribute editable(IItemPropertyDescriptor d) {
        return d.getFeature(object) instanceof EAttribute a && !(a.isMany() && isBoolean(a)) && !a.isDerived()
                && a.isChangeable() && object instanceof EObject o && domain(o) != null ? a : null;
    }

    /** The editing domain of the study session the object belongs to, or null (results, objects of no study). */
    private static org.eclipse.emf.edit.domain.EditingDomain domain(EObject o) {
        var r = o.eResource();
        if (r == null || r.getURI() == null || !r.getURI().isFile()) {
            return null;
        }
        var session = io.noodle.ui.internal.session.StudySessions.get().find(java.nio.file.Path.of(r.getURI().toFileString()));
        return session != null && session.study().eResource() == r ? session.domain() : null;
    }

    @Override
    public IPropertyDescriptor[] getPropertyDescriptors() {
        List<IItemPropertyDescriptor> items = source.getPropertyDescriptors(object);
        IPropertyDescriptor[] out = new IPropertyDescriptor[items.size()];
        for (int i = 0; i < out.length; i++) {
            IItemPropertyDescriptor d = items.get(i);
            EAttribute a = editable(d);
            PropertyDescriptor pd = a == null ? new PropertyDescriptor(d.getId(object), d.getDisplayName(object))
                    : new InPlace(d.getId(object), d.getDisplayName(object), a);
            pd.setDescription(d.getDescription(object));
            pd.setCategory(d.getCategory(object));
            IItemLabelProvider labels = d.getLabelProvider(object);
            pd.setLabelProvider(new LabelProvider() {
                @Override
                public String getText(Object value) {
                    if (a != null) { // the value as the in-place editor holds it
                        return a.getEAttributeType() instanceof EEnum e && value instanceof Integer k
                                ? e.getELiterals().get(k).getLiteral()
                                : isBoolean(a) && value instanceof Integer k ? Boolean.toString(k == 1) : String.valueOf(value);
                    }
                    return labels.getText(value);
                }
            });
            out[i] = pd;
        }
        return out;
    }

    /** An attribute edited in place: a choice for enumerations and booleans, text checked as typed otherwise. */
    private static final class InPlace extends PropertyDescriptor {
        private final EAttribute attribute;

        InPlace(Object id, String name, EAttribute attribute) {
            super(id, name);
            this.attribute = attribute;
        }

        @Override
        public CellEditor createPropertyEditor(Composite parent) {
            if (attribute.isMany()) { // a list: its values comma-separated, each checked
                TextCellEditor text = new TextCellEditor(parent);
                text.setValidator(v -> whyNotList(attribute, String.valueOf(v)));
                return text;
            }
            if (attribute.getEAttributeType() instanceof EEnum e) {
                return new ComboBoxCellEditor(parent, e.getELiterals().stream().map(EEnumLiteral::getLiteral)
                        .toArray(String[]::new), SWT.READ_ONLY);
            }
            if (isBoolean(attribute)) {
                return new ComboBoxCellEditor(parent, new String[] { "false", "true" }, SWT.READ_ONLY);
            }
            TextCellEditor text = new TextCellEditor(parent);
            text.setValidator(v -> whyNot(attribute, String.valueOf(v)));
            return text;
        }
    }

    private static boolean isBoolean(EAttribute a) {
        Class<?> c = a.getEAttributeType().getInstanceClass();
        return c == boolean.class || c == Boolean.class;
    }

    /** Why the text cannot be the attribute's value, or null. */
    static String whyNot(EAttribute a, String text) {
        if ("name".equals(a.getName()) && !CaseNames.isSafe(text)) {
            return "a name of " + CaseNames.SAFE_NAME_RULE;
        }
        try {
            fromText(a, text);
            return null;
        } catch (RuntimeException e) {
            Class<?> c = a.getEAttributeType().getInstanceClass();
            String kind = c == int.class || c == Integer.class || c == long.class || c == Long.class ? "a whole number"
                    : c == double.class || c == Double.class || c == float.class || c == Float.class ? "a number"
                            : "a " + a.getEAttributeType().getName();
            return "'" + text + "' is not " + kind;
        }
    }

    /** The values of a list attribute typed comma-separated (blanks dropped). */
    static List<String> items(String text) {
        return java.util.Arrays.stream(text.split(",")).map(String::strip).filter(x -> !x.isEmpty()).toList();
    }

    /** Why the comma-separated text cannot be the list attribute's values, or null. */
    static String whyNotList(EAttribute a, String text) {
        for (String item : items(text)) {
            if (a.getEAttributeType() instanceof EEnum e && e.getEEnumLiteralByLiteral(item) == null) {
                return "'" + item + "' is not one of " + e.getELiterals().stream().map(EEnumLiteral::getLiteral)
                        .collect(java.util.stream.Collectors.joining(", "));
            }
            String why = whyNot(a, item);
            if (why != null) {
                return why;
            }
        }
        return null;
    }

    private static Object fromText(EAttribute a, String text) {
        EDataType t = a.getEAttributeType();
        if (text.isBlank() && !t.getInstanceClass().isPrimitive()) {
            return null; // unset: "none"
        }
        Object v = EcoreUtil.createFromString(t, text.strip());
        if (v instanceof Double d && !Double.isFinite(d)) {
            throw new IllegalArgumentException("not finite");
        }
        return v;
    }

    @Override
    public Object getPropertyValue(Object id) {
        IItemPropertyDescriptor d = source.getPropertyDescriptor(object, id);
        if (d == null) {
            return null;
        }
        EAttribute a = editable(d);
        if (a != null && a.isMany()) {
            return ((List<?>) ((EObject) object).eGet(a)).stream().map(x -> EcoreUtil.convertToString(
                    a.getEAttributeType(), x)).collect(java.util.stream.Collectors.joining(", "));
        }
        if (a != null) {
            Object v = ((EObject) object).eGet(a);
            if (a.getEAttributeType() instanceof EEnum e) {
                return v == null ? 0 : e.getELiterals().indexOf(e.getEEnumLiteralByLiteral(v.toString()));
            }
            if (isBoolean(a)) {
                return Boolean.TRUE.equals(v) ? 1 : 0;
            }
            return v == null ? "" : EcoreUtil.convertToString(a.getEAttributeType(), v);
        }
        return d.getPropertyValue(object);
    }

    @Override
    public boolean isPropertySet(Object id) {
        IItemPropertyDescriptor d = source.getPropertyDescriptor(object, id);
        return d != null && d.isPropertySet(object);
    }

    @Override
    public void resetPropertyValue(Object id) {
        // not offered: a designer edit says what it sets
    }

    /** Sets the attribute with one command on the study session's command stack. */
    @Override
    public void setPropertyValue(Object id, Object value) {
        IItemPropertyDescriptor d = source.getPropertyDescriptor(object, id);
        EAttribute a = d == null ? null : editable(d);
        if (a == null) {
            return;
        }
        Object v;
        if (a.isMany()) {
            String text = String.valueOf(value);
            if (whyNotList(a, text) != null) {
                return;
            }
            v = items(text).stream().map(x -> fromText(a, x)).toList();
        } else if (a.getEAttributeType() instanceof EEnum e) {
            int k = value instanceof Integer i ? i : -1;
            if (k < 0 || k >= e.getELiterals().size()) {
                return;
            }
            v = e.getELiterals().get(k).getInstance();
        } else if (isBoolean(a)) {
            v = Integer.valueOf(1).equals(value);
        } else {
            String text = String.valueOf(value);
            if (whyNot(a, text) != null) {
                return;
            }
            v = fromText(a, text);
        }
        if (!java.util.Objects.equals(((EObject) object).eGet(a), v)) {
            var domain = domain((EObject) object);
            domain.getCommandStack().execute(org.eclipse.emf.edit.command.SetCommand.create(domain, object, a, v));
        }
    }

    /** Registered in plugin.xml for EMF objects, so the Properties view shows the selected model object. */
    public static final class Factory implements org.eclipse.core.runtime.IAdapterFactory {
        private static final AdapterFactory ITEM_PROVIDERS = io.noodle.model.edit.NoodleEditing.adapterFactory();

        @Override
        public <T> T getAdapter(Object adaptable, Class<T> adapterType) {
            if (adapterType == IPropertySource.class) {
                return adapterType.cast(of(ITEM_PROVIDERS, adaptable));
            }
            return null;
        }

        @Override
        public Class<?>[] getAdapterList() {
            return new Class<?>[] { IPropertySource.class };
        }
    }
}
