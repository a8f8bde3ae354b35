/**
 */
package io.noodle.model;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Stage Dependency</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * An edge of the stage DAG: the survivors of from feed to.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link io.noodle.model.StageDependency#getFrom <em>From</em>}</li>
 *   <li>{@link io.noodle.model.StageDependency#getTo <em>To</em>}</li>
 *   <li>{@link io.noodle.model.StageDependency#getKind <em>Kind</em>}</li>
 * </ul>
 *
 * @see io.noodle.model.NoodlePackage#getStageDependency()
 * @model
 * @generated
 */
public interface StageDependency extends EObject {
	/**
	 * Returns the value of the '<em><b>From</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Upstream stage.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>From</em>' reference.
	 * @see #setFrom(Stage)
	 * @see io.noodle.model.NoodlePackage#getStageDependency_From()
	 * @model required="true"
	 * @generated
	 */
	Stage getFrom();

	/**
	 * Sets the value of the '{@link io.noodle.model.StageDependency#getFrom <em>From</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>From</em>' reference.
	 * @see #getFrom()
	 * @generated
	 */
	void setFrom(Stage value);

	/**
	 * Returns the value of the '<em><b>To</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Downstream stage.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>To</em>' reference.
	 * @see #setTo(Stage)
	 * @see io.noodle.model.NoodlePackage#getStageDependency_To()
	 * @model required="true"
	 * @generated
	 */
	Stage getTo();

	/**
	 * Sets the value of the '{@link io.noodle.model.StageDependency#getTo <em>To</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>To</em>' reference.
	 * @see #getTo()
	 * @generated
	 */
	void setTo(Stage value);

	/**
	 * Returns the value of the '<em><b>Kind</b></em>' attribute.
	 * The literals are from the enumeration {@link io.noodle.model.DependencyKind}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Sequential, branching or convergence; derived from the DAG.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Kind</em>' attribute.
	 * @see io.noodle.model.DependencyKind
	 * @see io.noodle.model.NoodlePackage#getStageDependency_Kind()
	 * @model transient="true" changeable="false" volatile="true" derived="true"
	 * @generated
	 */
	DependencyKind getKind();

} // StageDependency
