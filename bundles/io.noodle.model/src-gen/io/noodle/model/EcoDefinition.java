/**
 */
package io.noodle.model;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Eco Definition</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * An engineering change order: what it changes, its class, parameters and parts.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link io.noodle.model.EcoDefinition#getName <em>Name</em>}</li>
 *   <li>{@link io.noodle.model.EcoDefinition#getEcoClass <em>Eco Class</em>}</li>
 *   <li>{@link io.noodle.model.EcoDefinition#getVersion <em>Version</em>}</li>
 *   <li>{@link io.noodle.model.EcoDefinition#getTags <em>Tags</em>}</li>
 *   <li>{@link io.noodle.model.EcoDefinition#getDescription <em>Description</em>}</li>
 *   <li>{@link io.noodle.model.EcoDefinition#getPreconditions <em>Preconditions</em>}</li>
 *   <li>{@link io.noodle.model.EcoDefinition#getParameters <em>Parameters</em>}</li>
 *   <li>{@link io.noodle.model.EcoDefinition#getParts <em>Parts</em>}</li>
 *   <li>{@link io.noodle.model.EcoDefinition#getRollbackPolicy <em>Rollback Policy</em>}</li>
 *   <li>{@link io.noodle.model.EcoDefinition#isCompound <em>Compound</em>}</li>
 *   <li>{@link io.noodle.model.EcoDefinition#getEffectiveClass <em>Effective Class</em>}</li>
 * </ul>
 *
 * @see io.noodle.model.NoodlePackage#getEcoDefinition()
 * @model
 * @generated
 */
public interface EcoDefinition extends EObject {
	/**
	 * Returns the value of the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Name, unique in the catalogue.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Name</em>' attribute.
	 * @see #setName(String)
	 * @see io.noodle.model.NoodlePackage#getEcoDefinition_Name()
	 * @model required="true"
	 * @generated
	 */
	String getName();

	/**
	 * Sets the value of the '{@link io.noodle.model.EcoDefinition#getName <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Name</em>' attribute.
	 * @see #getName()
	 * @generated
	 */
	void setName(String value);

	/**
	 * Returns the value of the '<em><b>Eco Class</b></em>' attribute.
	 * The default value is <code>"topology_neutral"</code>.
	 * The literals are from the enumeration {@link io.noodle.model.EcoClass}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Blast radius of the ECO itself.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Eco Class</em>' attribute.
	 * @see io.noodle.model.EcoClass
	 * @see #setEcoClass(EcoClass)
	 * @see io.noodle.model.NoodlePackage#getEcoDefinition_EcoClass()
	 * @model default="topology_neutral"
	 * @generated
	 */
	EcoClass getEcoClass();

	/**
	 * Sets the value of the '{@link io.noodle.model.EcoDefinition#getEcoClass <em>Eco Class</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Eco Class</em>' attribute.
	 * @see io.noodle.model.EcoClass
	 * @see #getEcoClass()
	 * @generated
	 */
	void setEcoClass(EcoClass value);

	/**
	 * Returns the value of the '<em><b>Version</b></em>' attribute.
	 * The default value is <code>"1"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Version of the ECO definition.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Version</em>' attribute.
	 * @see #setVersion(String)
	 * @see io.noodle.model.NoodlePackage#getEcoDefinition_Version()
	 * @model default="1"
	 * @generated
	 */
	String getVersion();

	/**
	 * Sets the value of the '{@link io.noodle.model.EcoDefinition#getVersion <em>Version</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Version</em>' attribute.
	 * @see #getVersion()
	 * @generated
	 */
	void setVersion(String value);

	/**
	 * Returns the value of the '<em><b>Tags</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.String}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Labels.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Tags</em>' attribute list.
	 * @see io.noodle.model.NoodlePackage#getEcoDefinition_Tags()
	 * @model
	 * @generated
	 */
	EList<String> getTags();

	/**
	 * Returns the value of the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * What it does.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Description</em>' attribute.
	 * @see #setDescription(String)
	 * @see io.noodle.model.NoodlePackage#getEcoDefinition_Description()
	 * @model
	 * @generated
	 */
	String getDescription();

	/**
	 * Sets the value of the '{@link io.noodle.model.EcoDefinition#getDescription <em>Description</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Description</em>' attribute.
	 * @see #getDescription()
	 * @generated
	 */
	void setDescription(String value);

	/**
	 * Returns the value of the '<em><b>Preconditions</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.String}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Conditions that must hold before it is applied.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Preconditions</em>' attribute list.
	 * @see io.noodle.model.NoodlePackage#getEcoDefinition_Preconditions()
	 * @model
	 * @generated
	 */
	EList<String> getPreconditions();

	/**
	 * Returns the value of the '<em><b>Parameters</b></em>' containment reference list.
	 * The list contents are of type {@link io.noodle.model.EcoParameter}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Parameters with types and ranges.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Parameters</em>' containment reference list.
	 * @see io.noodle.model.NoodlePackage#getEcoDefinition_Parameters()
	 * @model containment="true"
	 * @generated
	 */
	EList<EcoParameter> getParameters();

	/**
	 * Returns the value of the '<em><b>Parts</b></em>' reference list.
	 * The list contents are of type {@link io.noodle.model.EcoDefinition}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * For a compound ECO: the ECOs applied in order.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Parts</em>' reference list.
	 * @see io.noodle.model.NoodlePackage#getEcoDefinition_Parts()
	 * @model
	 * @generated
	 */
	EList<EcoDefinition> getParts();

	/**
	 * Returns the value of the '<em><b>Rollback Policy</b></em>' attribute.
	 * The default value is <code>"all"</code>.
	 * The literals are from the enumeration {@link io.noodle.model.RollbackPolicy}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * What a compound ECO undoes when a part fails.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Rollback Policy</em>' attribute.
	 * @see io.noodle.model.RollbackPolicy
	 * @see #setRollbackPolicy(RollbackPolicy)
	 * @see io.noodle.model.NoodlePackage#getEcoDefinition_RollbackPolicy()
	 * @model default="all"
	 * @generated
	 */
	RollbackPolicy getRollbackPolicy();

	/**
	 * Sets the value of the '{@link io.noodle.model.EcoDefinition#getRollbackPolicy <em>Rollback Policy</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Rollback Policy</em>' attribute.
	 * @see io.noodle.model.RollbackPolicy
	 * @see #getRollbackPolicy()
	 * @generated
	 */
	void setRollbackPolicy(RollbackPolicy value);

	/**
	 * Returns the value of the '<em><b>Compound</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Whether the ECO is made of parts; derived.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Compound</em>' attribute.
	 * @see io.noodle.model.NoodlePackage#getEcoDefinition_Compound()
	 * @model transient="true" changeable="false" volatile="true" derived="true"
	 * @generated
	 */
	boolean isCompound();

	/**
	 * Returns the value of the '<em><b>Effective Class</b></em>' attribute.
	 * The literals are from the enumeration {@link io.noodle.model.EcoClass}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The largest class of the ECO and its parts; derived.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Effective Class</em>' attribute.
	 * @see io.noodle.model.EcoClass
	 * @see io.noodle.model.NoodlePackage#getEcoDefinition_EffectiveClass()
	 * @model transient="true" changeable="false" volatile="true" derived="true"
	 * @generated
	 */
	EcoClass getEffectiveClass();

} // EcoDefinition
