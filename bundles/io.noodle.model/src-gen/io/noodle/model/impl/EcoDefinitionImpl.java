/**
 */
package io.noodle.model.impl;

import io.noodle.model.EcoClass;
import io.noodle.model.EcoDefinition;
import io.noodle.model.EcoParameter;
import io.noodle.model.NoodlePackage;
import io.noodle.model.RollbackPolicy;

import java.util.Collection;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.EObjectImpl;

import org.eclipse.emf.ecore.util.EDataTypeUniqueEList;
import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.EObjectResolvingEList;
import org.eclipse.emf.ecore.util.InternalEList;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Eco Definition</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link io.noodle.model.impl.EcoDefinitionImpl#getName <em>Name</em>}</li>
 *   <li>{@link io.noodle.model.impl.EcoDefinitionImpl#getEcoClass <em>Eco Class</em>}</li>
 *   <li>{@link io.noodle.model.impl.EcoDefinitionImpl#getVersion <em>Version</em>}</li>
 *   <li>{@link io.noodle.model.impl.EcoDefinitionImpl#getTags <em>Tags</em>}</li>
 *   <li>{@link io.noodle.model.impl.EcoDefinitionImpl#getDescription <em>Description</em>}</li>
 *   <li>{@link io.noodle.model.impl.EcoDefinitionImpl#getPreconditions <em>Preconditions</em>}</li>
 *   <li>{@link io.noodle.model.impl.EcoDefinitionImpl#getParameters <em>Parameters</em>}</li>
 *   <li>{@link io.noodle.model.impl.EcoDefinitionImpl#getParts <em>Parts</em>}</li>
 *   <li>{@link io.noodle.model.impl.EcoDefinitionImpl#getRollbackPolicy <em>Rollback Policy</em>}</li>
 *   <li>{@link io.noodle.model.impl.EcoDefinitionImpl#isCompound <em>Compound</em>}</li>
 *   <li>{@link io.noodle.model.impl.EcoDefinitionImpl#getEffectiveClass <em>Effective Class</em>}</li>
 * </ul>
 *
 * @generated
 */
public class EcoDefinitionImpl extends EObjectImpl implements EcoDefinition {
	/**
	 * The default value of the '{@link #getName() <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getName()
	 * @generated
	 * @ordered
	 */
	protected static final String NAME_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getName() <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getName()
	 * @generated
	 * @ordered
	 */
	protected String name = NAME_EDEFAULT;

	/**
	 * The default value of the '{@link #getEcoClass() <em>Eco Class</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEcoClass()
	 * @generated
	 * @ordered
	 */
	protected static final EcoClass ECO_CLASS_EDEFAULT = EcoClass.TOPOLOGY_NEUTRAL;

	/**
	 * The cached value of the '{@link #getEcoClass() <em>Eco Class</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEcoClass()
	 * @generated
	 * @ordered
	 */
	protected EcoClass ecoClass = ECO_CLASS_EDEFAULT;

	/**
	 * The default value of the '{@link #getVersion() <em>Version</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getVersion()
	 * @generated
	 * @ordered
	 */
	protected static final String VERSION_EDEFAULT = "1";

	/**
	 * The cached value of the '{@link #getVersion() <em>Version</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getVersion()
	 * @generated
	 * @ordered
	 */
	protected String version = VERSION_EDEFAULT;

	/**
	 * The cached value of the '{@link #getTags() <em>Tags</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTags()
	 * @generated
	 * @ordered
	 */
	protected EList<String> tags;

	/**
	 * The default value of the '{@link #getDescription() <em>Description</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDescription()
	 * @generated
	 * @ordered
	 */
	protected static final String DESCRIPTION_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getDescription() <em>Description</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDescription()
	 * @generated
	 * @ordered
	 */
	protected String description = DESCRIPTION_EDEFAULT;

	/**
	 * The cached value of the '{@link #getPreconditions() <em>Preconditions</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPreconditions()
	 * @generated
	 * @ordered
	 */
	protected EList<String> preconditions;

	/**
	 * The cached value of the '{@link #getParameters() <em>Parameters</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getParameters()
	 * @generated
	 * @ordered
	 */
	protected EList<EcoParameter> parameters;

	/**
	 * The cached value of the '{@link #getParts() <em>Parts</em>}' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getParts()
	 * @generated
	 * @ordered
	 */
	protected EList<EcoDefinition> parts;

	/**
	 * The default value of the '{@link #getRollbackPolicy() <em>Rollback Policy</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRollbackPolicy()
	 * @generated
	 * @ordered
	 */
	protected static final RollbackPolicy ROLLBACK_POLICY_EDEFAULT = RollbackPolicy.ALL;

	/**
	 * The cached value of the '{@link #getRollbackPolicy() <em>Rollback Policy</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRollbackPolicy()
	 * @generated
	 * @ordered
	 */
	protected RollbackPolicy rollbackPolicy = ROLLBACK_POLICY_EDEFAULT;

	/**
	 * The default value of the '{@link #isCompound() <em>Compound</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isCompound()
	 * @generated
	 * @ordered
	 */
	protected static final boolean COMPOUND_EDEFAULT = false;

	/**
	 * The default value of the '{@link #getEffectiveClass() <em>Effective Class</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEffectiveClass()
	 * @generated
	 * @ordered
	 */
	protected static final EcoClass EFFECTIVE_CLASS_EDEFAULT = EcoClass.TOPOLOGY_NEUTRAL;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected EcoDefinitionImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return NoodlePackage.Literals.ECO_DEFINITION;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getName() {
		return name;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setName(String newName) {
		String oldName = name;
		name = newName;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, NoodlePackage.ECO_DEFINITION__NAME, oldName, name));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EcoClass getEcoClass() {
		return ecoClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setEcoClass(EcoClass newEcoClass) {
		EcoClass oldEcoClass = ecoClass;
		ecoClass = newEcoClass == null ? ECO_CLASS_EDEFAULT : newEcoClass;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, NoodlePackage.ECO_DEFINITION__ECO_CLASS, oldEcoClass, ecoClass));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getVersion() {
		return version;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setVersion(String newVersion) {
		String oldVersion = version;
		version = newVersion;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, NoodlePackage.ECO_DEFINITION__VERSION, oldVersion, version));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<String> getTags() {
		if (tags == null) {
			tags = new EDataTypeUniqueEList<String>(String.class, this, NoodlePackage.ECO_DEFINITION__TAGS);
		}
		return tags;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getDescription() {
		return description;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDescription(String newDescription) {
		String oldDescription = description;
		description = newDescription;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, NoodlePackage.ECO_DEFINITION__DESCRIPTION, oldDescription, description));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<String> getPreconditions() {
		if (preconditions == null) {
			preconditions = new EDataTypeUniqueEList<String>(String.class, this, NoodlePackage.ECO_DEFINITION__PRECONDITIONS);
		}
		return preconditions;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<EcoParameter> getParameters() {
		if (parameters == null) {
			parameters = new EObjectContainmentEList<EcoParameter>(EcoParameter.class, this, NoodlePackage.ECO_DEFINITION__PARAMETERS);
		}
		return parameters;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<EcoDefinition> getParts() {
		if (parts == null) {
			parts = new EObjectResolvingEList<EcoDefinition>(EcoDefinition.class, this, NoodlePackage.ECO_DEFINITION__PARTS);
		}
		return parts;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public RollbackPolicy getRollbackPolicy() {
		return rollbackPolicy;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setRollbackPolicy(RollbackPolicy newRollbackPolicy) {
		RollbackPolicy oldRollbackPolicy = rollbackPolicy;
		rollbackPolicy = newRollbackPolicy == null ? ROLLBACK_POLICY_EDEFAULT : newRollbackPolicy;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, NoodlePackage.ECO_DEFINITION__ROLLBACK_POLICY, oldRollbackPolicy, rollbackPolicy));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isCompound() {
		return !getParts().isEmpty();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EcoClass getEffectiveClass() {
		return io.noodle.model.derived.Ecos.effectiveClass(this);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case NoodlePackage.ECO_DEFINITION__PARAMETERS:
				return ((InternalEList<?>)getParameters()).basicRemove(otherEnd, msgs);
		}
		return super.eInverseRemove(otherEnd, featureID, msgs);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case NoodlePackage.ECO_DEFINITION__NAME:
				return getName();
			case NoodlePackage.ECO_DEFINITION__ECO_CLASS:
				return getEcoClass();
			case NoodlePackage.ECO_DEFINITION__VERSION:
				return getVersion();
			case NoodlePackage.ECO_DEFINITION__TAGS:
				return getTags();
			case NoodlePackage.ECO_DEFINITION__DESCRIPTION:
				return getDescription();
			case NoodlePackage.ECO_DEFINITION__PRECONDITIONS:
				return getPreconditions();
			case NoodlePackage.ECO_DEFINITION__PARAMETERS:
				return getParameters();
			case NoodlePackage.ECO_DEFINITION__PARTS:
				return getParts();
			case NoodlePackage.ECO_DEFINITION__ROLLBACK_POLICY:
				return getRollbackPolicy();
			case NoodlePackage.ECO_DEFINITION__COMPOUND:
				return isCompound();
			case NoodlePackage.ECO_DEFINITION__EFFECTIVE_CLASS:
				return getEffectiveClass();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@SuppressWarnings("unchecked")
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case NoodlePackage.ECO_DEFINITION__NAME:
				setName((String)newValue);
				return;
			case NoodlePackage.ECO_DEFINITION__ECO_CLASS:
				setEcoClass((EcoClass)newValue);
				return;
			case NoodlePackage.ECO_DEFINITION__VERSION:
				setVersion((String)newValue);
				return;
			case NoodlePackage.ECO_DEFINITION__TAGS:
				getTags().clear();
				getTags().addAll((Collection<? extends String>)newValue);
				return;
			case NoodlePackage.ECO_DEFINITION__DESCRIPTION:
				setDescription((String)newValue);
				return;
			case NoodlePackage.ECO_DEFINITION__PRECONDITIONS:
				getPreconditions().clear();
				getPreconditions().addAll((Collection<? extends String>)newValue);
				return;
			case NoodlePackage.ECO_DEFINITION__PARAMETERS:
				getParameters().clear();
				getParameters().addAll((Collection<? extends EcoParameter>)newValue);
				return;
			case NoodlePackage.ECO_DEFINITION__PARTS:
				getParts().clear();
				getParts().addAll((Collection<? extends EcoDefinition>)newValue);
				return;
			case NoodlePackage.ECO_DEFINITION__ROLLBACK_POLICY:
				setRollbackPolicy((RollbackPolicy)newValue);
				return;
		}
		super.eSet(featureID, newValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eUnset(int featureID) {
		switch (featureID) {
			case NoodlePackage.ECO_DEFINITION__NAME:
				setName(NAME_EDEFAULT);
				return;
			case NoodlePackage.ECO_DEFINITION__ECO_CLASS:
				setEcoClass(ECO_CLASS_EDEFAULT);
				return;
			case NoodlePackage.ECO_DEFINITION__VERSION:
				setVersion(VERSION_EDEFAULT);
				return;
			case NoodlePackage.ECO_DEFINITION__TAGS:
				getTags().clear();
				return;
			case NoodlePackage.ECO_DEFINITION__DESCRIPTION:
				setDescription(DESCRIPTION_EDEFAULT);
				return;
			case NoodlePackage.ECO_DEFINITION__PRECONDITIONS:
				getPreconditions().clear();
				return;
			case NoodlePackage.ECO_DEFINITION__PARAMETERS:
				getParameters().clear();
				return;
			case NoodlePackage.ECO_DEFINITION__PARTS:
				getParts().clear();
				return;
			case NoodlePackage.ECO_DEFINITION__ROLLBACK_POLICY:
				setRollbackPolicy(ROLLBACK_POLICY_EDEFAULT);
				return;
		}
		super.eUnset(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean eIsSet(int featureID) {
		switch (featureID) {
			case NoodlePackage.ECO_DEFINITION__NAME:
				return NAME_EDEFAULT == null ? name != null : !NAME_EDEFAULT.equals(name);
			case NoodlePackage.ECO_DEFINITION__ECO_CLASS:
				return ecoClass != ECO_CLASS_EDEFAULT;
			case NoodlePackage.ECO_DEFINITION__VERSION:
				return VERSION_EDEFAULT == null ? version != null : !VERSION_EDEFAULT.equals(version);
			case NoodlePackage.ECO_DEFINITION__TAGS:
				return tags != null && !tags.isEmpty();
			case NoodlePackage.ECO_DEFINITION__DESCRIPTION:
				return DESCRIPTION_EDEFAULT == null ? description != null : !DESCRIPTION_EDEFAULT.equals(description);
			case NoodlePackage.ECO_DEFINITION__PRECONDITIONS:
				return preconditions != null && !preconditions.isEmpty();
			case NoodlePackage.ECO_DEFINITION__PARAMETERS:
				return parameters != null && !parameters.isEmpty();
			case NoodlePackage.ECO_DEFINITION__PARTS:
				return parts != null && !parts.isEmpty();
			case NoodlePackage.ECO_DEFINITION__ROLLBACK_POLICY:
				return rollbackPolicy != ROLLBACK_POLICY_EDEFAULT;
			case NoodlePackage.ECO_DEFINITION__COMPOUND:
				return isCompound() != COMPOUND_EDEFAULT;
			case NoodlePackage.ECO_DEFINITION__EFFECTIVE_CLASS:
				return getEffectiveClass() != EFFECTIVE_CLASS_EDEFAULT;
		}
		return super.eIsSet(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String toString() {
		if (eIsProxy()) return super.toString();

		StringBuilder result = new StringBuilder(super.toString());
		result.append(" (name: ");
		result.append(name);
		result.append(", ecoClass: ");
		result.append(ecoClass);
		result.append(", version: ");
		result.append(version);
		result.append(", tags: ");
		result.append(tags);
		result.append(", description: ");
		result.append(description);
		result.append(", preconditions: ");
		result.append(preconditions);
		result.append(", rollbackPolicy: ");
		result.append(rollbackPolicy);
		result.append(')');
		return result.toString();
	}

} //EcoDefinitionImpl
