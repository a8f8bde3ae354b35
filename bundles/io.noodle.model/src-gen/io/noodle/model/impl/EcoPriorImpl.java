/**
 */
package io.noodle.model.impl;

import io.noodle.model.EcoPrior;
import io.noodle.model.NoodlePackage;
import io.noodle.model.PriorConfidence;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.EObjectImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Eco Prior</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link io.noodle.model.impl.EcoPriorImpl#getEcoName <em>Eco Name</em>}</li>
 *   <li>{@link io.noodle.model.impl.EcoPriorImpl#getApplications <em>Applications</em>}</li>
 *   <li>{@link io.noodle.model.impl.EcoPriorImpl#getSuccesses <em>Successes</em>}</li>
 *   <li>{@link io.noodle.model.impl.EcoPriorImpl#getMeanDeltaWnsPs <em>Mean Delta Wns Ps</em>}</li>
 *   <li>{@link io.noodle.model.impl.EcoPriorImpl#getConfidence <em>Confidence</em>}</li>
 * </ul>
 *
 * @generated
 */
public class EcoPriorImpl extends EObjectImpl implements EcoPrior {
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
	 * The default value of the '{@link #getApplications() <em>Applications</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getApplications()
	 * @generated
	 * @ordered
	 */
	protected static final int APPLICATIONS_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getApplications() <em>Applications</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getApplications()
	 * @generated
	 * @ordered
	 */
	protected int applications = APPLICATIONS_EDEFAULT;

	/**
	 * The default value of the '{@link #getSuccesses() <em>Successes</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSuccesses()
	 * @generated
	 * @ordered
	 */
	protected static final int SUCCESSES_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getSuccesses() <em>Successes</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSuccesses()
	 * @generated
	 * @ordered
	 */
	protected int successes = SUCCESSES_EDEFAULT;

	/**
	 * The default value of the '{@link #getMeanDeltaWnsPs() <em>Mean Delta Wns Ps</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMeanDeltaWnsPs()
	 * @generated
	 * @ordered
	 */
	protected static final double MEAN_DELTA_WNS_PS_EDEFAULT = 0.0;

	/**
	 * The cached value of the '{@link #getMeanDeltaWnsPs() <em>Mean Delta Wns Ps</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMeanDeltaWnsPs()
	 * @generated
	 * @ordered
	 */
	protected double meanDeltaWnsPs = MEAN_DELTA_WNS_PS_EDEFAULT;

	/**
	 * The default value of the '{@link #getConfidence() <em>Confidence</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getConfidence()
	 * @generated
	 * @ordered
	 */
	protected static final PriorConfidence CONFIDENCE_EDEFAULT = PriorConfidence.UNKNOWN;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected EcoPriorImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return NoodlePackage.Literals.ECO_PRIOR;
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
			eNotify(new ENotificationImpl(this, Notification.SET, NoodlePackage.ECO_PRIOR__ECO_NAME, oldEcoName, ecoName));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getApplications() {
		return applications;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setApplications(int newApplications) {
		int oldApplications = applications;
		applications = newApplications;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, NoodlePackage.ECO_PRIOR__APPLICATIONS, oldApplications, applications));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getSuccesses() {
		return successes;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSuccesses(int newSuccesses) {
		int oldSuccesses = successes;
		successes = newSuccesses;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, NoodlePackage.ECO_PRIOR__SUCCESSES, oldSuccesses, successes));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getMeanDeltaWnsPs() {
		return meanDeltaWnsPs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMeanDeltaWnsPs(double newMeanDeltaWnsPs) {
		double oldMeanDeltaWnsPs = meanDeltaWnsPs;
		meanDeltaWnsPs = newMeanDeltaWnsPs;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, NoodlePackage.ECO_PRIOR__MEAN_DELTA_WNS_PS, oldMeanDeltaWnsPs, meanDeltaWnsPs));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public PriorConfidence getConfidence() {
		return io.noodle.model.derived.Ecos.confidenceOf(this);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case NoodlePackage.ECO_PRIOR__ECO_NAME:
				return getEcoName();
			case NoodlePackage.ECO_PRIOR__APPLICATIONS:
				return getApplications();
			case NoodlePackage.ECO_PRIOR__SUCCESSES:
				return getSuccesses();
			case NoodlePackage.ECO_PRIOR__MEAN_DELTA_WNS_PS:
				return getMeanDeltaWnsPs();
			case NoodlePackage.ECO_PRIOR__CONFIDENCE:
				return getConfidence();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case NoodlePackage.ECO_PRIOR__ECO_NAME:
				setEcoName((String)newValue);
				return;
			case NoodlePackage.ECO_PRIOR__APPLICATIONS:
				setApplications((Integer)newValue);
				return;
			case NoodlePackage.ECO_PRIOR__SUCCESSES:
				setSuccesses((Integer)newValue);
				return;
			case NoodlePackage.ECO_PRIOR__MEAN_DELTA_WNS_PS:
				setMeanDeltaWnsPs((Double)newValue);
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
			case NoodlePackage.ECO_PRIOR__ECO_NAME:
				setEcoName(ECO_NAME_EDEFAULT);
				return;
			case NoodlePackage.ECO_PRIOR__APPLICATIONS:
				setApplications(APPLICATIONS_EDEFAULT);
				return;
			case NoodlePackage.ECO_PRIOR__SUCCESSES:
				setSuccesses(SUCCESSES_EDEFAULT);
				return;
			case NoodlePackage.ECO_PRIOR__MEAN_DELTA_WNS_PS:
				setMeanDeltaWnsPs(MEAN_DELTA_WNS_PS_EDEFAULT);
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
			case NoodlePackage.ECO_PRIOR__ECO_NAME:
				return ECO_NAME_EDEFAULT == null ? ecoName != null : !ECO_NAME_EDEFAULT.equals(ecoName);
			case NoodlePackage.ECO_PRIOR__APPLICATIONS:
				return applications != APPLICATIONS_EDEFAULT;
			case NoodlePackage.ECO_PRIOR__SUCCESSES:
				return successes != SUCCESSES_EDEFAULT;
			case NoodlePackage.ECO_PRIOR__MEAN_DELTA_WNS_PS:
				return meanDeltaWnsPs != MEAN_DELTA_WNS_PS_EDEFAULT;
			case NoodlePackage.ECO_PRIOR__CONFIDENCE:
				return getConfidence() != CONFIDENCE_EDEFAULT;
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
		result.append(", applications: ");
		result.append(applications);
		result.append(", successes: ");
		result.append(successes);
		result.append(", meanDeltaWnsPs: ");
		result.append(meanDeltaWnsPs);
		result.append(')');
		return result.toString();
	}

} //EcoPriorImpl
