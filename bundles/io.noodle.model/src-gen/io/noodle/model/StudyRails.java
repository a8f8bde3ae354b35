/**
 */
package io.noodle.model;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Study Rails</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Limits that stop the whole study.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link io.noodle.model.StudyRails#getCatastrophicFailures <em>Catastrophic Failures</em>}</li>
 *   <li>{@link io.noodle.model.StudyRails#getMaxRuntimeHours <em>Max Runtime Hours</em>}</li>
 *   <li>{@link io.noodle.model.StudyRails#getTrialTimeoutSeconds <em>Trial Timeout Seconds</em>}</li>
 * </ul>
 *
 * @see io.noodle.model.NoodlePackage#getStudyRails()
 * @model
 * @generated
 */
public interface StudyRails extends EObject {
	/**
	 * Returns the value of the '<em><b>Catastrophic Failures</b></em>' attribute.
	 * The default value is <code>"3"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The study stops after more than this many catastrophic failures.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Catastrophic Failures</em>' attribute.
	 * @see #setCatastrophicFailures(int)
	 * @see io.noodle.model.NoodlePackage#getStudyRails_CatastrophicFailures()
	 * @model default="3"
	 * @generated
	 */
	int getCatastrophicFailures();

	/**
	 * Sets the value of the '{@link io.noodle.model.StudyRails#getCatastrophicFailures <em>Catastrophic Failures</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Catastrophic Failures</em>' attribute.
	 * @see #getCatastrophicFailures()
	 * @generated
	 */
	void setCatastrophicFailures(int value);

	/**
	 * Returns the value of the '<em><b>Max Runtime Hours</b></em>' attribute.
	 * The default value is <code>"0.0"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The study stops after running this long (0: no limit).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Max Runtime Hours</em>' attribute.
	 * @see #setMaxRuntimeHours(double)
	 * @see io.noodle.model.NoodlePackage#getStudyRails_MaxRuntimeHours()
	 * @model default="0.0"
	 * @generated
	 */
	double getMaxRuntimeHours();

	/**
	 * Sets the value of the '{@link io.noodle.model.StudyRails#getMaxRuntimeHours <em>Max Runtime Hours</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Max Runtime Hours</em>' attribute.
	 * @see #getMaxRuntimeHours()
	 * @generated
	 */
	void setMaxRuntimeHours(double value);

	/**
	 * Returns the value of the '<em><b>Trial Timeout Seconds</b></em>' attribute.
	 * The default value is <code>"14400"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Hard timeout in seconds of gate 0 and of the trials of every stage that sets none of its own (default 4 hours; at least 1).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Trial Timeout Seconds</em>' attribute.
	 * @see #setTrialTimeoutSeconds(int)
	 * @see io.noodle.model.NoodlePackage#getStudyRails_TrialTimeoutSeconds()
	 * @model default="14400"
	 * @generated
	 */
	int getTrialTimeoutSeconds();

	/**
	 * Sets the value of the '{@link io.noodle.model.StudyRails#getTrialTimeoutSeconds <em>Trial Timeout Seconds</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Trial Timeout Seconds</em>' attribute.
	 * @see #getTrialTimeoutSeconds()
	 * @generated
	 */
	void setTrialTimeoutSeconds(int value);

} // StudyRails
