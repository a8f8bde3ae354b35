/**
 */
package io.noodle.model;

import io.noodle.model.derived.SourceLine;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Failure</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A typed failure with its severity, containment scope and evidence.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link io.noodle.model.Failure#getType <em>Type</em>}</li>
 *   <li>{@link io.noodle.model.Failure#getSeverity <em>Severity</em>}</li>
 *   <li>{@link io.noodle.model.Failure#getScope <em>Scope</em>}</li>
 *   <li>{@link io.noodle.model.Failure#getMessage <em>Message</em>}</li>
 *   <li>{@link io.noodle.model.Failure#getSource <em>Source</em>}</li>
 * </ul>
 *
 * @see io.noodle.model.NoodlePackage#getFailure()
 * @model
 * @generated
 */
public interface Failure extends EObject {
	/**
	 * Returns the value of the '<em><b>Type</b></em>' attribute.
	 * The literals are from the enumeration {@link io.noodle.model.FailureType}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * What failed.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Type</em>' attribute.
	 * @see io.noodle.model.FailureType
	 * @see #setType(FailureType)
	 * @see io.noodle.model.NoodlePackage#getFailure_Type()
	 * @model
	 * @generated
	 */
	FailureType getType();

	/**
	 * Sets the value of the '{@link io.noodle.model.Failure#getType <em>Type</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Type</em>' attribute.
	 * @see io.noodle.model.FailureType
	 * @see #getType()
	 * @generated
	 */
	void setType(FailureType value);

	/**
	 * Returns the value of the '<em><b>Severity</b></em>' attribute.
	 * The default value is <code>"error"</code>.
	 * The literals are from the enumeration {@link io.noodle.model.Severity}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * How bad it is.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Severity</em>' attribute.
	 * @see io.noodle.model.Severity
	 * @see #setSeverity(Severity)
	 * @see io.noodle.model.NoodlePackage#getFailure_Severity()
	 * @model default="error"
	 * @generated
	 */
	Severity getSeverity();

	/**
	 * Sets the value of the '{@link io.noodle.model.Failure#getSeverity <em>Severity</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Severity</em>' attribute.
	 * @see io.noodle.model.Severity
	 * @see #getSeverity()
	 * @generated
	 */
	void setSeverity(Severity value);

	/**
	 * Returns the value of the '<em><b>Scope</b></em>' attribute.
	 * The default value is <code>"eco"</code>.
	 * The literals are from the enumeration {@link io.noodle.model.ContainmentScope}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * How far it is contained.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Scope</em>' attribute.
	 * @see io.noodle.model.ContainmentScope
	 * @see #setScope(ContainmentScope)
	 * @see io.noodle.model.NoodlePackage#getFailure_Scope()
	 * @model default="eco"
	 * @generated
	 */
	ContainmentScope getScope();

	/**
	 * Sets the value of the '{@link io.noodle.model.Failure#getScope <em>Scope</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Scope</em>' attribute.
	 * @see io.noodle.model.ContainmentScope
	 * @see #getScope()
	 * @generated
	 */
	void setScope(ContainmentScope value);

	/**
	 * Returns the value of the '<em><b>Message</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * What happened.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Message</em>' attribute.
	 * @see #setMessage(String)
	 * @see io.noodle.model.NoodlePackage#getFailure_Message()
	 * @model
	 * @generated
	 */
	String getMessage();

	/**
	 * Sets the value of the '{@link io.noodle.model.Failure#getMessage <em>Message</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Message</em>' attribute.
	 * @see #getMessage()
	 * @generated
	 */
	void setMessage(String value);

	/**
	 * Returns the value of the '<em><b>Source</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Where it was seen.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Source</em>' attribute.
	 * @see #setSource(SourceLine)
	 * @see io.noodle.model.NoodlePackage#getFailure_Source()
	 * @model dataType="io.noodle.model.Provenance"
	 * @generated
	 */
	SourceLine getSource();

	/**
	 * Sets the value of the '{@link io.noodle.model.Failure#getSource <em>Source</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Source</em>' attribute.
	 * @see #getSource()
	 * @generated
	 */
	void setSource(SourceLine value);

} // Failure
