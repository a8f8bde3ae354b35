/**
 */
package io.noodle.model;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Eco Prior</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * What earlier applications of an ECO showed, kept across studies.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link io.noodle.model.EcoPrior#getEcoName <em>Eco Name</em>}</li>
 *   <li>{@link io.noodle.model.EcoPrior#getApplications <em>Applications</em>}</li>
 *   <li>{@link io.noodle.model.EcoPrior#getSuccesses <em>Successes</em>}</li>
 *   <li>{@link io.noodle.model.EcoPrior#getMeanDeltaWnsPs <em>Mean Delta Wns Ps</em>}</li>
 *   <li>{@link io.noodle.model.EcoPrior#getConfidence <em>Confidence</em>}</li>
 * </ul>
 *
 * @see io.noodle.model.NoodlePackage#getEcoPrior()
 * @model
 * @generated
 */
public interface EcoPrior extends EObject {
	/**
	 * Returns the value of the '<em><b>Eco Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The ECO.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Eco Name</em>' attribute.
	 * @see #setEcoName(String)
	 * @see io.noodle.model.NoodlePackage#getEcoPrior_EcoName()
	 * @model required="true"
	 * @generated
	 */
	String getEcoName();

	/**
	 * Sets the value of the '{@link io.noodle.model.EcoPrior#getEcoName <em>Eco Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Eco Name</em>' attribute.
	 * @see #getEcoName()
	 * @generated
	 */
	void setEcoName(String value);

	/**
	 * Returns the value of the '<em><b>Applications</b></em>' attribute.
	 * The default value is <code>"0"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * How often it was applied.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Applications</em>' attribute.
	 * @see #setApplications(int)
	 * @see io.noodle.model.NoodlePackage#getEcoPrior_Applications()
	 * @model default="0"
	 * @generated
	 */
	int getApplications();

	/**
	 * Sets the value of the '{@link io.noodle.model.EcoPrior#getApplications <em>Applications</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Applications</em>' attribute.
	 * @see #getApplications()
	 * @generated
	 */
	void setApplications(int value);

	/**
	 * Returns the value of the '<em><b>Successes</b></em>' attribute.
	 * The default value is <code>"0"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * How often the trial succeeded.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Successes</em>' attribute.
	 * @see #setSuccesses(int)
	 * @see io.noodle.model.NoodlePackage#getEcoPrior_Successes()
	 * @model default="0"
	 * @generated
	 */
	int getSuccesses();

	/**
	 * Sets the value of the '{@link io.noodle.model.EcoPrior#getSuccesses <em>Successes</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Successes</em>' attribute.
	 * @see #getSuccesses()
	 * @generated
	 */
	void setSuccesses(int value);

	/**
	 * Returns the value of the '<em><b>Mean Delta Wns Ps</b></em>' attribute.
	 * The default value is <code>"0.0"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Mean change of WNS in ps (positive is better).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Mean Delta Wns Ps</em>' attribute.
	 * @see #setMeanDeltaWnsPs(double)
	 * @see io.noodle.model.NoodlePackage#getEcoPrior_MeanDeltaWnsPs()
	 * @model default="0.0"
	 * @generated
	 */
	double getMeanDeltaWnsPs();

	/**
	 * Sets the value of the '{@link io.noodle.model.EcoPrior#getMeanDeltaWnsPs <em>Mean Delta Wns Ps</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Mean Delta Wns Ps</em>' attribute.
	 * @see #getMeanDeltaWnsPs()
	 * @generated
	 */
	void setMeanDeltaWnsPs(double value);

	/**
	 * Returns the value of the '<em><b>Confidence</b></em>' attribute.
	 * The literals are from the enumeration {@link io.noodle.model.PriorConfidence}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * unknown, trusted, mixed or suspicious; derived from the counts.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Confidence</em>' attribute.
	 * @see io.noodle.model.PriorConfidence
	 * @see io.noodle.model.NoodlePackage#getEcoPrior_Confidence()
	 * @model transient="true" changeable="false" volatile="true" derived="true"
	 * @generated
	 */
	PriorConfidence getConfidence();

} // EcoPrior
