/**
 */
package io.noodle.model.impl;

import io.noodle.model.EcoApplication;
import io.noodle.model.EcoDefinition;
import io.noodle.model.NoodlePackage;
import io.noodle.model.ParameterValue;

import java.util.Collection;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.EObjectImpl;

import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.InternalEList;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Eco Application</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link io.noodle.model.impl.EcoApplicationImpl#getEcoName <em>Eco Name</em>}</li>
 *   <li>{@link io.noodle.model.impl.EcoApplicationImpl#getArguments <em>Arguments</em>}</li>
 *   <li>{@link io.noodle.model.impl.EcoApplicationImpl#getEco <em>Eco</em>}</li>
 * </ul>
 *
 * @generated
 */
public class EcoApplicationImpl extends EObjectImpl implements EcoApplication {
	/**
	 * The default value of the '{@link #getEcoName() <em>Eco Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEcoName()
	 * @generated
	 * @ordered
	 */
	protected static final String ECO_NAME_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getEcoName() <em>Eco Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEcoName()
	 * @generated
	 * @ordered
	 */
	protected String ecoName = ECO_NAME_EDEFAULT;

	/**
	 * The cached value of the '{@link #getArguments() <em>Arguments</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getArguments()
	 * @generated
	 * @ordered
	 */
	protected EList<ParameterValue> arguments;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected EcoApplicationImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return NoodlePackage.Literals.ECO_APPLICATION;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getEcoName() {
		return ecoName;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setEcoName(String newEcoName) {
		String oldEcoName = ecoName;
		ecoName = newEcoName;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, NoodlePackage.ECO_APPLICATION__ECO_NAME, oldEcoName, ecoName));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<ParameterValue> getArguments() {
		if (arguments == null) {
			arguments = new EObjectContainmentEList<ParameterValue>(ParameterValue.class, this, NoodlePackage.ECO_APPLICATION__ARGUMENTS);
		}
		return arguments;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EcoDefinition getEco() {
		EcoDefinition eco = basicGetEco();
		return eco != null && eco.eIsProxy() ? (EcoDefinition)eResolveProxy((InternalEObject)eco) : eco;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public EcoDefinition basicGetEco() {
		return io.noodle.model.derived.Ecos.resolve(this);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case NoodlePackage.ECO_APPLICATION__ARGUMENTS:
				return ((InternalEList<?>)getArguments()).basicRemove(otherEnd, msgs);
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
			case NoodlePackage.ECO_APPLICATION__ECO_NAME:
				return getEcoName();
			case NoodlePackage.ECO_APPLICATION__ARGUMENTS:
				return getArguments();
			case NoodlePackage.ECO_APPLICATION__ECO:
				if (resolve) return getEco();
				return basicGetEco();
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
			case NoodlePackage.ECO_APPLICATION__ECO_NAME:
				setEcoName((String)newValue);
				return;
			case NoodlePackage.ECO_APPLICATION__ARGUMENTS:
				getArguments().clear();
				getArguments().addAll((Collection<? extends ParameterValue>)newValue);
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
			case NoodlePackage.ECO_APPLICATION__ECO_NAME:
				setEcoName(ECO_NAME_EDEFAULT);
				return;
			case NoodlePackage.ECO_APPLICATION__ARGUMENTS:
				getArguments().clear();
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
			case NoodlePackage.ECO_APPLICATION__ECO_NAME:
				return ECO_NAME_EDEFAULT == null ? ecoName != null : !ECO_NAME_EDEFAULT.equals(ecoName);
			case NoodlePackage.ECO_APPLICATION__ARGUMENTS:
				return arguments != null && !arguments.isEmpty();
			case NoodlePackage.ECO_APPLICATION__ECO:
				return basicGetEco() != null;
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
		result.append(" (ecoName: ");
		result.append(ecoName);
		result.append(')');
		return result.toString();
	}

} //EcoApplicationImpl
