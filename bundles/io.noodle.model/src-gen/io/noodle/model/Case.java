/**
 */
package io.noodle.model;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Case</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A design variant: the base case or one derived by applying ECOs to its parents.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link io.noodle.model.Case#getName <em>Name</em>}</li>
 *   <li>{@link io.noodle.model.Case#getParents <em>Parents</em>}</li>
 *   <li>{@link io.noodle.model.Case#getApplied <em>Applied</em>}</li>
 *   <li>{@link io.noodle.model.Case#getState <em>State</em>}</li>
 *   <li>{@link io.noodle.model.Case#getFailure <em>Failure</em>}</li>
 *   <li>{@link io.noodle.model.Case#getMetrics <em>Metrics</em>}</li>
 *   <li>{@link io.noodle.model.Case#getSnapshotPath <em>Snapshot Path</em>}</li>
 *   <li>{@link io.noodle.model.Case#getStageIndex <em>Stage Index</em>}</li>
 *   <li>{@link io.noodle.model.Case#getDerivedIndex <em>Derived Index</em>}</li>
 * </ul>
 *
 * @see io.noodle.model.NoodlePackage#getCase()
 * @model
 * @generated
 */
public interface Case extends EObject {
	/**
	 * Returns the value of the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Deterministic name <base>_<stage>_<index>; the ID of the case in the study file.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Name</em>' attribute.
	 * @see #setName(String)
	 * @see io.noodle.model.NoodlePackage#getCase_Name()
	 * @model id="true" required="true"
	 * @generated
	 */
	String getName();

	/**
	 * Sets the value of the '{@link io.noodle.model.Case#getName <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Name</em>' attribute.
	 * @see #getName()
	 * @generated
	 */
	void setName(String value);

	/**
	 * Returns the value of the '<em><b>Parents</b></em>' reference list.
	 * The list contents are of type {@link io.noodle.model.Case}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Cases this one was derived from (none for the base case).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Parents</em>' reference list.
	 * @see io.noodle.model.NoodlePackage#getCase_Parents()
	 * @model
	 * @generated
	 */
	EList<Case> getParents();

	/**
	 * Returns the value of the '<em><b>Applied</b></em>' containment reference list.
	 * The list contents are of type {@link io.noodle.model.EcoApplication}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * ECOs applied to the parents, in order.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Applied</em>' containment reference list.
	 * @see io.noodle.model.NoodlePackage#getCase_Applied()
	 * @model containment="true"
	 * @generated
	 */
	EList<EcoApplication> getApplied();

	/**
	 * Returns the value of the '<em><b>State</b></em>' attribute.
	 * The default value is <code>"pending"</code>.
	 * The literals are from the enumeration {@link io.noodle.model.CaseState}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Life cycle state.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>State</em>' attribute.
	 * @see io.noodle.model.CaseState
	 * @see #setState(CaseState)
	 * @see io.noodle.model.NoodlePackage#getCase_State()
	 * @model default="pending"
	 * @generated
	 */
	CaseState getState();

	/**
	 * Sets the value of the '{@link io.noodle.model.Case#getState <em>State</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>State</em>' attribute.
	 * @see io.noodle.model.CaseState
	 * @see #getState()
	 * @generated
	 */
	void setState(CaseState value);

	/**
	 * Returns the value of the '<em><b>Failure</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Why the case failed, when it did.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Failure</em>' containment reference.
	 * @see #setFailure(Failure)
	 * @see io.noodle.model.NoodlePackage#getCase_Failure()
	 * @model containment="true"
	 * @generated
	 */
	Failure getFailure();

	/**
	 * Sets the value of the '{@link io.noodle.model.Case#getFailure <em>Failure</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Failure</em>' containment reference.
	 * @see #getFailure()
	 * @generated
	 */
	void setFailure(Failure value);

	/**
	 * Returns the value of the '<em><b>Metrics</b></em>' containment reference list.
	 * The list contents are of type {@link io.noodle.model.Metric}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Metrics read from tool output.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Metrics</em>' containment reference list.
	 * @see io.noodle.model.NoodlePackage#getCase_Metrics()
	 * @model containment="true"
	 * @generated
	 */
	EList<Metric> getMetrics();

	/**
	 * Returns the value of the '<em><b>Snapshot Path</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Where the design of this case is stored.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Snapshot Path</em>' attribute.
	 * @see #setSnapshotPath(String)
	 * @see io.noodle.model.NoodlePackage#getCase_SnapshotPath()
	 * @model
	 * @generated
	 */
	String getSnapshotPath();

	/**
	 * Sets the value of the '{@link io.noodle.model.Case#getSnapshotPath <em>Snapshot Path</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Snapshot Path</em>' attribute.
	 * @see #getSnapshotPath()
	 * @generated
	 */
	void setSnapshotPath(String value);

	/**
	 * Returns the value of the '<em><b>Stage Index</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Index of the stage that derived the case, from its name (-1 for the base case); derived.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Stage Index</em>' attribute.
	 * @see io.noodle.model.NoodlePackage#getCase_StageIndex()
	 * @model transient="true" changeable="false" volatile="true" derived="true"
	 * @generated
	 */
	int getStageIndex();

	/**
	 * Returns the value of the '<em><b>Derived Index</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Index of the case within its stage, from its name (-1 for the base case); derived.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Derived Index</em>' attribute.
	 * @see io.noodle.model.NoodlePackage#getCase_DerivedIndex()
	 * @model transient="true" changeable="false" volatile="true" derived="true"
	 * @generated
	 */
	int getDerivedIndex();

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The metric with this name, or null.
	 * <!-- end-model-doc -->
	 * @model
	 * @generated
	 */
	Metric metric(String name);

} // Case
