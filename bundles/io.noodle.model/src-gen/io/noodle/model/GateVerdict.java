/**
 */
package io.noodle.model;

import io.noodle.model.derived.SourceLine;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Gate Verdict</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * The verdict of a gate or rail with its evidence.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link io.noodle.model.GateVerdict#getRail <em>Rail</em>}</li>
 *   <li>{@link io.noodle.model.GateVerdict#isPassed <em>Passed</em>}</li>
 *   <li>{@link io.noodle.model.GateVerdict#getThreshold <em>Threshold</em>}</li>
 *   <li>{@link io.noodle.model.GateVerdict#getObserved <em>Observed</em>}</li>
 *   <li>{@link io.noodle.model.GateVerdict#getStage <em>Stage</em>}</li>
 *   <li>{@link io.noodle.model.GateVerdict#getCases <em>Cases</em>}</li>
 *   <li>{@link io.noodle.model.GateVerdict#getMessage <em>Message</em>}</li>
 *   <li>{@link io.noodle.model.GateVerdict#getEvidence <em>Evidence</em>}</li>
 * </ul>
 *
 * @see io.noodle.model.NoodlePackage#getGateVerdict()
 * @model
 * @generated
 */
public interface GateVerdict extends EObject {
	/**
	 * Returns the value of the '<em><b>Rail</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Which gate or rail (gate0, wns_ps, failure_rate ...).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Rail</em>' attribute.
	 * @see #setRail(String)
	 * @see io.noodle.model.NoodlePackage#getGateVerdict_Rail()
	 * @model required="true"
	 * @generated
	 */
	String getRail();

	/**
	 * Sets the value of the '{@link io.noodle.model.GateVerdict#getRail <em>Rail</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Rail</em>' attribute.
	 * @see #getRail()
	 * @generated
	 */
	void setRail(String value);

	/**
	 * Returns the value of the '<em><b>Passed</b></em>' attribute.
	 * The default value is <code>"true"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Whether the gate passed.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Passed</em>' attribute.
	 * @see #setPassed(boolean)
	 * @see io.noodle.model.NoodlePackage#getGateVerdict_Passed()
	 * @model default="true"
	 * @generated
	 */
	boolean isPassed();

	/**
	 * Sets the value of the '{@link io.noodle.model.GateVerdict#isPassed <em>Passed</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Passed</em>' attribute.
	 * @see #isPassed()
	 * @generated
	 */
	void setPassed(boolean value);

	/**
	 * Returns the value of the '<em><b>Threshold</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The limit applied.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Threshold</em>' attribute.
	 * @see #setThreshold(Double)
	 * @see io.noodle.model.NoodlePackage#getGateVerdict_Threshold()
	 * @model
	 * @generated
	 */
	Double getThreshold();

	/**
	 * Sets the value of the '{@link io.noodle.model.GateVerdict#getThreshold <em>Threshold</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Threshold</em>' attribute.
	 * @see #getThreshold()
	 * @generated
	 */
	void setThreshold(Double value);

	/**
	 * Returns the value of the '<em><b>Observed</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The value observed.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Observed</em>' attribute.
	 * @see #setObserved(Double)
	 * @see io.noodle.model.NoodlePackage#getGateVerdict_Observed()
	 * @model
	 * @generated
	 */
	Double getObserved();

	/**
	 * Sets the value of the '{@link io.noodle.model.GateVerdict#getObserved <em>Observed</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Observed</em>' attribute.
	 * @see #getObserved()
	 * @generated
	 */
	void setObserved(Double value);

	/**
	 * Returns the value of the '<em><b>Stage</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The stage concerned, if any.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Stage</em>' reference.
	 * @see #setStage(Stage)
	 * @see io.noodle.model.NoodlePackage#getGateVerdict_Stage()
	 * @model
	 * @generated
	 */
	Stage getStage();

	/**
	 * Sets the value of the '{@link io.noodle.model.GateVerdict#getStage <em>Stage</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Stage</em>' reference.
	 * @see #getStage()
	 * @generated
	 */
	void setStage(Stage value);

	/**
	 * Returns the value of the '<em><b>Cases</b></em>' reference list.
	 * The list contents are of type {@link io.noodle.model.Case}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The cases involved.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Cases</em>' reference list.
	 * @see io.noodle.model.NoodlePackage#getGateVerdict_Cases()
	 * @model
	 * @generated
	 */
	EList<Case> getCases();

	/**
	 * Returns the value of the '<em><b>Message</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The verdict in words.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Message</em>' attribute.
	 * @see #setMessage(String)
	 * @see io.noodle.model.NoodlePackage#getGateVerdict_Message()
	 * @model
	 * @generated
	 */
	String getMessage();

	/**
	 * Sets the value of the '{@link io.noodle.model.GateVerdict#getMessage <em>Message</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Message</em>' attribute.
	 * @see #getMessage()
	 * @generated
	 */
	void setMessage(String value);

	/**
	 * Returns the value of the '<em><b>Evidence</b></em>' attribute list.
	 * The list contents are of type {@link io.noodle.model.derived.SourceLine}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Where the observed value was read.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Evidence</em>' attribute list.
	 * @see io.noodle.model.NoodlePackage#getGateVerdict_Evidence()
	 * @model dataType="io.noodle.model.Provenance"
	 * @generated
	 */
	EList<SourceLine> getEvidence();

} // GateVerdict
