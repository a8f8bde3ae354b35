/**
 */
package io.noodle.model.impl;

import io.noodle.model.NoodlePackage;
import io.noodle.model.StudyRails;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.EObjectImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Study Rails</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link io.noodle.model.impl.StudyRailsImpl#getCatastrophicFailures <em>Catastrophic Failures</em>}</li>
 *   <li>{@link io.noodle.model.impl.StudyRailsImpl#getMaxRuntimeHours <em>Max Runtime Hours</em>}</li>
 *   <li>{@link io.noodle.model.impl.StudyRailsImpl#getTrialTimeoutSeconds <em>Trial Timeout Seconds</em>}</li>
 * </ul>
 *
 * @generated
 */
public class StudyRailsImpl extends EObjectImpl implements StudyRails {
	/**
	 * The default value of the '{@link #getCatastrophicFailures() <em>Catastrophic Failures</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCatastrophicFailures()
	 * @generated
	 * @ordered
	 */
	protected static final int CATASTROPHIC_FAILURES_EDEFAULT = 3;

	/**
	 * The cached value of the '{@link #getCatastrophicFailures() <em>Catastrophic Failures</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCatastrophicFailures()
	 * @generated
	 * @ordered
	 */
	protected int catastrophicFailures = CATASTROPHIC_FAILURES_EDEFAULT;

	/**
	 * The default value of the '{@link #getMaxRuntimeHours() <em>Max Runtime Hours</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMaxRuntimeHours()
	 * @generated
	 * @ordered
	 */
	protected static final double MAX_RUNTIME_HOURS_EDEFAULT = 0.0;

	/**
	 * The cached value of the '{@link #getMaxRuntimeHours() <em>Max Runtime Hours</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMaxRuntimeHours()
	 * @generated
	 * @ordered
	 */
	protected double maxRuntimeHours = MAX_RUNTIME_HOURS_EDEFAULT;

	/**
	 * The default value of the '{@link #getTrialTimeoutSeconds() <em>Trial Timeout Seconds</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTrialTimeoutSeconds()
	 * @generated
	 * @ordered
	 */
	protected static final int TRIAL_TIMEOUT_SECONDS_EDEFAULT = 14400;

	/**
	 * The cached value of the '{@link #getTrialTimeoutSeconds() <em>Trial Timeout Seconds</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTrialTimeoutSeconds()
	 * @generated
	 * @ordered
	 */
	protected int trialTimeoutSeconds = TRIAL_TIMEOUT_SECONDS_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected StudyRailsImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return NoodlePackage.Literals.STUDY_RAILS;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getCatastrophicFailures() {
		return catastrophicFailures;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCatastrophicFailures(int newCatastrophicFailures) {
		int oldCatastrophicFailures = catastrophicFailures;
		catastrophicFailures = newCatastrophicFailures;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, NoodlePackage.STUDY_RAILS__CATASTROPHIC_FAILURES, oldCatastrophicFailures, catastrophicFailures));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getMaxRuntimeHours() {
		return maxRuntimeHours;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMaxRuntimeHours(double newMaxRuntimeHours) {
		double oldMaxRuntimeHours = maxRuntimeHours;
		maxRuntimeHours = newMaxRuntimeHours;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, NoodlePackage.STUDY_RAILS__MAX_RUNTIME_HOURS, oldMaxRuntimeHours, maxRuntimeHours));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getTrialTimeoutSeconds() {
		return trialTimeoutSeconds;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTrialTimeoutSeconds(int newTrialTimeoutSeconds) {
		int oldTrialTimeoutSeconds = trialTimeoutSeconds;
		trialTimeoutSeconds = newTrialTimeoutSeconds;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, NoodlePackage.STUDY_RAILS__TRIAL_TIMEOUT_SECONDS, oldTrialTimeoutSeconds, trialTimeoutSeconds));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case NoodlePackage.STUDY_RAILS__CATASTROPHIC_FAILURES:
				return getCatastrophicFailures();
			case NoodlePackage.STUDY_RAILS__MAX_RUNTIME_HOURS:
				return getMaxRuntimeHours();
			case NoodlePackage.STUDY_RAILS__TRIAL_TIMEOUT_SECONDS:
				return getTrialTimeoutSeconds();
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
			case NoodlePackage.STUDY_RAILS__CATASTROPHIC_FAILURES:
				setCatastrophicFailures((Integer)newValue);
				return;
			case NoodlePackage.STUDY_RAILS__MAX_RUNTIME_HOURS:
				setMaxRuntimeHours((Double)newValue);
				return;
			case NoodlePackage.STUDY_RAILS__TRIAL_TIMEOUT_SECONDS:
				setTrialTimeoutSeconds((Integer)newValue);
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
			case NoodlePackage.STUDY_RAILS__CATASTROPHIC_FAILURES:
				setCatastrophicFailures(CATASTROPHIC_FAILURES_EDEFAULT);
				return;
			case NoodlePackage.STUDY_RAILS__MAX_RUNTIME_HOURS:
				setMaxRuntimeHours(MAX_RUNTIME_HOURS_EDEFAULT);
				return;
			case NoodlePackage.STUDY_RAILS__TRIAL_TIMEOUT_SECONDS:
				setTrialTimeoutSeconds(TRIAL_TIMEOUT_SECONDS_EDEFAULT);
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
			case NoodlePackage.STUDY_RAILS__CATASTROPHIC_FAILURES:
				return catastrophicFailures != CATASTROPHIC_FAILURES_EDEFAULT;
			case NoodlePackage.STUDY_RAILS__MAX_RUNTIME_HOURS:
				return maxRuntimeHours != MAX_RUNTIME_HOURS_EDEFAULT;
			case NoodlePackage.STUDY_RAILS__TRIAL_TIMEOUT_SECONDS:
				return trialTimeoutSeconds != TRIAL_TIMEOUT_SECONDS_EDEFAULT;
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
		result.append(" (catastrophicFailures: ");
		result.append(catastrophicFailures);
		result.append(", maxRuntimeHours: ");
		result.append(maxRuntimeHours);
		result.append(", trialTimeoutSeconds: ");
		result.append(trialTimeoutSeconds);
		result.append(')');
		return result.toString();
	}

} //StudyRailsImpl
