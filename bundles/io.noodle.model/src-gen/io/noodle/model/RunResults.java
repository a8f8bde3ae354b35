/**
 */
package io.noodle.model;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Run Results</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * The results of one run of a study (its cases, and the verdicts of its gates and rails), kept in the run's folder beside the study file, apart from the design. Read from the run's checkpoint and journal; never saved inside a study file.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link io.noodle.model.RunResults#getRunId <em>Run Id</em>}</li>
 *   <li>{@link io.noodle.model.RunResults#getStudy <em>Study</em>}</li>
 *   <li>{@link io.noodle.model.RunResults#getStatus <em>Status</em>}</li>
 *   <li>{@link io.noodle.model.RunResults#getMessage <em>Message</em>}</li>
 *   <li>{@link io.noodle.model.RunResults#getBest <em>Best</em>}</li>
 *   <li>{@link io.noodle.model.RunResults#getCases <em>Cases</em>}</li>
 *   <li>{@link io.noodle.model.RunResults#getVerdicts <em>Verdicts</em>}</li>
 * </ul>
 *
 * @see io.noodle.model.NoodlePackage#getRunResults()
 * @model
 * @generated
 */
public interface RunResults extends EObject {
	/**
	 * Returns the value of the '<em><b>Run Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Name of the run's folder (run-1, run-2 ...; legacy for a run made before runs had folders).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Run Id</em>' attribute.
	 * @see #setRunId(String)
	 * @see io.noodle.model.NoodlePackage#getRunResults_RunId()
	 * @model required="true"
	 * @generated
	 */
	String getRunId();

	/**
	 * Sets the value of the '{@link io.noodle.model.RunResults#getRunId <em>Run Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Run Id</em>' attribute.
	 * @see #getRunId()
	 * @generated
	 */
	void setRunId(String value);

	/**
	 * Returns the value of the '<em><b>Study</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The study whose run this is.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Study</em>' reference.
	 * @see #setStudy(Study)
	 * @see io.noodle.model.NoodlePackage#getRunResults_Study()
	 * @model transient="true"
	 * @generated
	 */
	Study getStudy();

	/**
	 * Sets the value of the '{@link io.noodle.model.RunResults#getStudy <em>Study</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Study</em>' reference.
	 * @see #getStudy()
	 * @generated
	 */
	void setStudy(Study value);

	/**
	 * Returns the value of the '<em><b>Status</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * How the run ended (succeeded, aborted, blocked, refused, cancelled, waiting, failed), or running / stopped while it has no verdict.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Status</em>' attribute.
	 * @see #setStatus(String)
	 * @see io.noodle.model.NoodlePackage#getRunResults_Status()
	 * @model
	 * @generated
	 */
	String getStatus();

	/**
	 * Sets the value of the '{@link io.noodle.model.RunResults#getStatus <em>Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Status</em>' attribute.
	 * @see #getStatus()
	 * @generated
	 */
	void setStatus(String value);

	/**
	 * Returns the value of the '<em><b>Message</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Why it ended so, in words.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Message</em>' attribute.
	 * @see #setMessage(String)
	 * @see io.noodle.model.NoodlePackage#getRunResults_Message()
	 * @model
	 * @generated
	 */
	String getMessage();

	/**
	 * Sets the value of the '{@link io.noodle.model.RunResults#getMessage <em>Message</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Message</em>' attribute.
	 * @see #getMessage()
	 * @generated
	 */
	void setMessage(String value);

	/**
	 * Returns the value of the '<em><b>Best</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Name of the best case (highest WNS), if any.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Best</em>' attribute.
	 * @see #setBest(String)
	 * @see io.noodle.model.NoodlePackage#getRunResults_Best()
	 * @model
	 * @generated
	 */
	String getBest();

	/**
	 * Sets the value of the '{@link io.noodle.model.RunResults#getBest <em>Best</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Best</em>' attribute.
	 * @see #getBest()
	 * @generated
	 */
	void setBest(String value);

	/**
	 * Returns the value of the '<em><b>Cases</b></em>' containment reference list.
	 * The list contents are of type {@link io.noodle.model.Case}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The finished cases, the base case first, then by stage and index.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Cases</em>' containment reference list.
	 * @see io.noodle.model.NoodlePackage#getRunResults_Cases()
	 * @model containment="true"
	 * @generated
	 */
	EList<Case> getCases();

	/**
	 * Returns the value of the '<em><b>Verdicts</b></em>' containment reference list.
	 * The list contents are of type {@link io.noodle.model.GateVerdict}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Verdicts of gates and rails, in the order they were reached.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Verdicts</em>' containment reference list.
	 * @see io.noodle.model.NoodlePackage#getRunResults_Verdicts()
	 * @model containment="true"
	 * @generated
	 */
	EList<GateVerdict> getVerdicts();

} // RunResults
