/**
 */
package io.noodle.model;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Eco Application</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * One ECO applied to derive a case: an edge of the lineage.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link io.noodle.model.EcoApplication#getEcoName <em>Eco Name</em>}</li>
 *   <li>{@link io.noodle.model.EcoApplication#getArguments <em>Arguments</em>}</li>
 *   <li>{@link io.noodle.model.EcoApplication#getEco <em>Eco</em>}</li>
 * </ul>
 *
 * @see io.noodle.model.NoodlePackage#getEcoApplication()
 * @model
 * @generated
 */
public interface EcoApplication extends EObject {
	/**
	 * Returns the value of the '<em><b>Eco Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Name of the ECO applied.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Eco Name</em>' attribute.
	 * @see #setEcoName(String)
	 * @see io.noodle.model.NoodlePackage#getEcoApplication_EcoName()
	 * @model required="true"
	 * @generated
	 */
	String getEcoName();

	/**
	 * Sets the value of the '{@link io.noodle.model.EcoApplication#getEcoName <em>Eco Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Eco Name</em>' attribute.
	 * @see #getEcoName()
	 * @generated
	 */
	void setEcoName(String value);

	/**
	 * Returns the value of the '<em><b>Arguments</b></em>' containment reference list.
	 * The list contents are of type {@link io.noodle.model.ParameterValue}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Parameter values used.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Arguments</em>' containment reference list.
	 * @see io.noodle.model.NoodlePackage#getEcoApplication_Arguments()
	 * @model containment="true"
	 * @generated
	 */
	EList<ParameterValue> getArguments();

	/**
	 * Returns the value of the '<em><b>Eco</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The ECO definition in the study catalogue, or null when unknown; derived.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Eco</em>' reference.
	 * @see io.noodle.model.NoodlePackage#getEcoApplication_Eco()
	 * @model transient="true" changeable="false" volatile="true" derived="true"
	 * @generated
	 */
	EcoDefinition getEco();

} // EcoApplication
