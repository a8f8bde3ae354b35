/**
 */
package io.noodle.model;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Stage Rails</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Limits that abort a stage (and, per trial, a trial).
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link io.noodle.model.StageRails#getWnsThresholdPs <em>Wns Threshold Ps</em>}</li>
 *   <li>{@link io.noodle.model.StageRails#getTrialTimeoutSeconds <em>Trial Timeout Seconds</em>}</li>
 *   <li>{@link io.noodle.model.StageRails#getSoftTimeoutSeconds <em>Soft Timeout Seconds</em>}</li>
 *   <li>{@link io.noodle.model.StageRails#getFailureRate <em>Failure Rate</em>}</li>
 *   <li>{@link io.noodle.model.StageRails#getCatastrophicRate <em>Catastrophic Rate</em>}</li>
 * </ul>
 *
 * @see io.noodle.model.NoodlePackage#getStageRails()
 * @model
 * @generated
 */
public interface StageRails extends EObject {
	/**
	 * Returns the value of the '<em><b>Wns Threshold Ps</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * A trial whose WNS is below this (ps) is aborted; unset for none.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Wns Threshold Ps</em>' attribute.
	 * @see #setWnsThresholdPs(Double)
	 * @see io.noodle.model.NoodlePackage#getStageRails_WnsThresholdPs()
	 * @model
	 * @generated
	 */
	Double getWnsThresholdPs();

	/**
	 * Sets the value of the '{@link io.noodle.model.StageRails#getWnsThresholdPs <em>Wns Threshold Ps</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Wns Threshold Ps</em>' attribute.
	 * @see #getWnsThresholdPs()
	 * @generated
	 */
	void setWnsThresholdPs(Double value);

	/**
	 * Returns the value of the '<em><b>Trial Timeout Seconds</b></em>' attribute.
	 * The default value is <code>"0"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Hard timeout of a trial in seconds (0: the study's default, StudyRails.trialTimeoutSeconds).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Trial Timeout Seconds</em>' attribute.
	 * @see #setTrialTimeoutSeconds(int)
	 * @see io.noodle.model.NoodlePackage#getStageRails_TrialTimeoutSeconds()
	 * @model default="0"
	 * @generated
	 */
	int getTrialTimeoutSeconds();

	/**
	 * Sets the value of the '{@link io.noodle.model.StageRails#getTrialTimeoutSeconds <em>Trial Timeout Seconds</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Trial Timeout Seconds</em>' attribute.
	 * @see #getTrialTimeoutSeconds()
	 * @generated
	 */
	void setTrialTimeoutSeconds(int value);

	/**
	 * Returns the value of the '<em><b>Soft Timeout Seconds</b></em>' attribute.
	 * The default value is <code>"0"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Soft timeout: a warning after this many seconds (0: none).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Soft Timeout Seconds</em>' attribute.
	 * @see #setSoftTimeoutSeconds(int)
	 * @see io.noodle.model.NoodlePackage#getStageRails_SoftTimeoutSeconds()
	 * @model default="0"
	 * @generated
	 */
	int getSoftTimeoutSeconds();

	/**
	 * Sets the value of the '{@link io.noodle.model.StageRails#getSoftTimeoutSeconds <em>Soft Timeout Seconds</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Soft Timeout Seconds</em>' attribute.
	 * @see #getSoftTimeoutSeconds()
	 * @generated
	 */
	void setSoftTimeoutSeconds(int value);

	/**
	 * Returns the value of the '<em><b>Failure Rate</b></em>' attribute.
	 * The default value is <code>"0.5"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The stage aborts when more than this share of its trials fail.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Failure Rate</em>' attribute.
	 * @see #setFailureRate(double)
	 * @see io.noodle.model.NoodlePackage#getStageRails_FailureRate()
	 * @model default="0.5"
	 * @generated
	 */
	double getFailureRate();

	/**
	 * Sets the value of the '{@link io.noodle.model.StageRails#getFailureRate <em>Failure Rate</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Failure Rate</em>' attribute.
	 * @see #getFailureRate()
	 * @generated
	 */
	void setFailureRate(double value);

	/**
	 * Returns the value of the '<em><b>Catastrophic Rate</b></em>' attribute.
	 * The default value is <code>"0.5"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The stage aborts when more than this share of its trials fail catastrophically.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Catastrophic Rate</em>' attribute.
	 * @see #setCatastrophicRate(double)
	 * @see io.noodle.model.NoodlePackage#getStageRails_CatastrophicRate()
	 * @model default="0.5"
	 * @generated
	 */
	double getCatastrophicRate();

	/**
	 * Sets the value of the '{@link io.noodle.model.StageRails#getCatastrophicRate <em>Catastrophic Rate</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Catastrophic Rate</em>' attribute.
	 * @see #getCatastrophicRate()
	 * @generated
	 */
	void setCatastrophicRate(double value);

} // StageRails
