/**
 */
package io.noodle.model.impl;

import io.noodle.model.NoodlePackage;
import io.noodle.model.StageRails;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.EObjectImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Stage Rails</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link io.noodle.model.impl.StageRailsImpl#getWnsThresholdPs <em>Wns Threshold Ps</em>}</li>
 *   <li>{@link io.noodle.model.impl.StageRailsImpl#getTrialTimeoutSeconds <em>Trial Timeout Seconds</em>}</li>
 *   <li>{@link io.noodle.model.impl.StageRailsImpl#getSoftTimeoutSeconds <em>Soft Timeout Seconds</em>}</li>
 *   <li>{@link io.noodle.model.impl.StageRailsImpl#getFailureRate <em>Failure Rate</em>}</li>
 *   <li>{@link io.noodle.model.impl.StageRailsImpl#getCatastrophicRate <em>Catastrophic Rate</em>}</li>
 * </ul>
 *
 * @generated
 */
public class StageRailsImpl extends EObjectImpl implements StageRails {
	/**
	 * The default value of the '{@link #getWnsThresholdPs() <em>Wns Threshold Ps</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getWnsThresholdPs()
	 * @generated
	 * @ordered
	 */
	protected static final Double WNS_THRESHOLD_PS_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getWnsThresholdPs() <em>Wns Threshold Ps</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getWnsThresholdPs()
	 * @generated
	 * @ordered
	 */
	protected Double wnsThresholdPs = WNS_THRESHOLD_PS_EDEFAULT;

	/**
	 * The default value of the '{@link #getTrialTimeoutSeconds() <em>Trial Timeout Seconds</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTrialTimeoutSeconds()
	 * @generated
	 * @ordered
	 */
	protected static final int TRIAL_TIMEOUT_SECONDS_EDEFAULT = 0;

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
	 * The default value of the '{@link #getSoftTimeoutSeconds() <em>Soft Timeout Seconds</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSoftTimeoutSeconds()
	 * @generated
	 * @ordered
	 */
	protected static final int SOFT_TIMEOUT_SECONDS_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getSoftTimeoutSeconds() <em>Soft Timeout Seconds</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSoftTimeoutSeconds()
	 * @generated
	 * @ordered
	 */
	protected int softTimeoutSeconds = SOFT_TIMEOUT_SECONDS_EDEFAULT;

	/**
	 * The default value of the '{@link #getFailureRate() <em>Failure Rate</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFailureRate()
	 * @generated
	 * @ordered
	 */
	protected static final double FAILURE_RATE_EDEFAULT = 0.5;

	/**
	 * The cached value of the '{@link #getFailureRate() <em>Failure Rate</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFailureRate()
	 * @generated
	 * @ordered
	 */
	protected double failureRate = FAILURE_RATE_EDEFAULT;

	/**
	 * The default value of the '{@link #getCatastrophicRate() <em>Catastrophic Rate</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCatastrophicRate()
	 * @generated
	 * @ordered
	 */
	protected static final double CATASTROPHIC_RATE_EDEFAULT = 0.5;

	/**
	 * The cached value of the '{@link #getCatastrophicRate() <em>Catastrophic Rate</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCatastrophicRate()
	 * @generated
	 * @ordered
	 */
	protected double catastrophicRate = CATASTROPHIC_RATE_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected StageRailsImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return NoodlePackage.Literals.STAGE_RAILS;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Double getWnsThresholdPs() {
		return wnsThresholdPs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setWnsThresholdPs(Double newWnsThresholdPs) {
		Double oldWnsThresholdPs = wnsThresholdPs;
		wnsThresholdPs = newWnsThresholdPs;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, NoodlePackage.STAGE_RAILS__WNS_THRESHOLD_PS, oldWnsThresholdPs, wnsThresholdPs));
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
			eNotify(new ENotificationImpl(this, Notification.SET, NoodlePackage.STAGE_RAILS__TRIAL_TIMEOUT_SECONDS, oldTrialTimeoutSeconds, trialTimeoutSeconds));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getSoftTimeoutSeconds() {
		return softTimeoutSeconds;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSoftTimeoutSeconds(int newSoftTimeoutSeconds) {
		int oldSoftTimeoutSeconds = softTimeoutSeconds;
		softTimeoutSeconds = newSoftTimeoutSeconds;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, NoodlePackage.STAGE_RAILS__SOFT_TIMEOUT_SECONDS, oldSoftTimeoutSeconds, softTimeoutSeconds));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getFailureRate() {
		return failureRate;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setFailureRate(double newFailureRate) {
		double oldFailureRate = failureRate;
		failureRate = newFailureRate;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, NoodlePackage.STAGE_RAILS__FAILURE_RATE, oldFailureRate, failureRate));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getCatastrophicRate() {
		return catastrophicRate;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCatastrophicRate(double newCatastrophicRate) {
		double oldCatastrophicRate = catastrophicRate;
		catastrophicRate = newCatastrophicRate;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, NoodlePackage.STAGE_RAILS__CATASTROPHIC_RATE, oldCatastrophicRate, catastrophicRate));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case NoodlePackage.STAGE_RAILS__WNS_THRESHOLD_PS:
				return getWnsThresholdPs();
			case NoodlePackage.STAGE_RAILS__TRIAL_TIMEOUT_SECONDS:
				return getTrialTimeoutSeconds();
			case NoodlePackage.STAGE_RAILS__SOFT_TIMEOUT_SECONDS:
				return getSoftTimeoutSeconds();
			case NoodlePackage.STAGE_RAILS__FAILURE_RATE:
				return getFailureRate();
			case NoodlePackage.STAGE_RAILS__CATASTROPHIC_RATE:
				return getCatastrophicRate();
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
			case NoodlePackage.STAGE_RAILS__WNS_THRESHOLD_PS:
				setWnsThresholdPs((Double)newValue);
				return;
			case NoodlePackage.STAGE_RAILS__TRIAL_TIMEOUT_SECONDS:
				setTrialTimeoutSeconds((Integer)newValue);
				return;
			case NoodlePackage.STAGE_RAILS__SOFT_TIMEOUT_SECONDS:
				setSoftTimeoutSeconds((Integer)newValue);
				return;
			case NoodlePackage.STAGE_RAILS__FAILURE_RATE:
				setFailureRate((Double)newValue);
				return;
			case NoodlePackage.STAGE_RAILS__CATASTROPHIC_RATE:
				setCatastrophicRate((Double)newValue);
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
			case NoodlePackage.STAGE_RAILS__WNS_THRESHOLD_PS:
				setWnsThresholdPs(WNS_THRESHOLD_PS_EDEFAULT);
				return;
			case NoodlePackage.STAGE_RAILS__TRIAL_TIMEOUT_SECONDS:
				setTrialTimeoutSeconds(TRIAL_TIMEOUT_SECONDS_EDEFAULT);
				return;
			case NoodlePackage.STAGE_RAILS__SOFT_TIMEOUT_SECONDS:
				setSoftTimeoutSeconds(SOFT_TIMEOUT_SECONDS_EDEFAULT);
				return;
			case NoodlePackage.STAGE_RAILS__FAILURE_RATE:
				setFailureRate(FAILURE_RATE_EDEFAULT);
				return;
			case NoodlePackage.STAGE_RAILS__CATASTROPHIC_RATE:
				setCatastrophicRate(CATASTROPHIC_RATE_EDEFAULT);
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
			case NoodlePackage.STAGE_RAILS__WNS_THRESHOLD_PS:
				return WNS_THRESHOLD_PS_EDEFAULT == null ? wnsThresholdPs != null : !WNS_THRESHOLD_PS_EDEFAULT.equals(wnsThresholdPs);
			case NoodlePackage.STAGE_RAILS__TRIAL_TIMEOUT_SECONDS:
				return trialTimeoutSeconds != TRIAL_TIMEOUT_SECONDS_EDEFAULT;
			case NoodlePackage.STAGE_RAILS__SOFT_TIMEOUT_SECONDS:
				return softTimeoutSeconds != SOFT_TIMEOUT_SECONDS_EDEFAULT;
			case NoodlePackage.STAGE_RAILS__FAILURE_RATE:
				return failureRate != FAILURE_RATE_EDEFAULT;
			case NoodlePackage.STAGE_RAILS__CATASTROPHIC_RATE:
				return catastrophicRate != CATASTROPHIC_RATE_EDEFAULT;
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
		result.append(" (wnsThresholdPs: ");
		result.append(wnsThresholdPs);
		result.append(", trialTimeoutSeconds: ");
		result.append(trialTimeoutSeconds);
		result.append(", softTimeoutSeconds: ");
		result.append(softTimeoutSeconds);
		result.append(", failureRate: ");
		result.append(failureRate);
		result.append(", catastrophicRate: ");
		result.append(catastrophicRate);
		result.append(')');
		return result.toString();
	}

} //StageRailsImpl
