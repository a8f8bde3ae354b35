/**
 */
package io.noodle.model;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.eclipse.emf.common.util.Enumerator;

/**
 * <!-- begin-user-doc -->
 * A representation of the literals of the enumeration '<em><b>Containment Scope</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * How far a failure is contained.
 * <!-- end-model-doc -->
 * @see io.noodle.model.NoodlePackage#getContainmentScope()
 * @model
 * @generated
 */
public enum ContainmentScope implements Enumerator {
	/**
	 * The '<em><b>Eco</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ECO_VALUE
	 * @generated
	 * @ordered
	 */
	ECO(0, "eco", "eco"),

	/**
	 * The '<em><b>Eco class</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ECO_CLASS_VALUE
	 * @generated
	 * @ordered
	 */
	ECO_CLASS(1, "eco_class", "eco_class"),

	/**
	 * The '<em><b>Stage</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #STAGE_VALUE
	 * @generated
	 * @ordered
	 */
	STAGE(2, "stage", "stage"),

	/**
	 * The '<em><b>Study</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #STUDY_VALUE
	 * @generated
	 * @ordered
	 */
	STUDY(3, "study", "study"),

	/**
	 * The '<em><b>Trial</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #TRIAL_VALUE
	 * @generated
	 * @ordered
	 */
	TRIAL(4, "trial", "trial");

	/**
	 * The '<em><b>Eco</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ECO
	 * @model name="eco"
	 * @generated
	 * @ordered
	 */
	public static final int ECO_VALUE = 0;

	/**
	 * The '<em><b>Eco class</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ECO_CLASS
	 * @model name="eco_class"
	 * @generated
	 * @ordered
	 */
	public static final int ECO_CLASS_VALUE = 1;

	/**
	 * The '<em><b>Stage</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #STAGE
	 * @model name="stage"
	 * @generated
	 * @ordered
	 */
	public static final int STAGE_VALUE = 2;

	/**
	 * The '<em><b>Study</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #STUDY
	 * @model name="study"
	 * @generated
	 * @ordered
	 */
	public static final int STUDY_VALUE = 3;

	/**
	 * The '<em><b>Trial</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #TRIAL
	 * @model name="trial"
	 * @generated
	 * @ordered
	 */
	public static final int TRIAL_VALUE = 4;

	/**
	 * An array of all the '<em><b>Containment Scope</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final ContainmentScope[] VALUES_ARRAY =
		new ContainmentScope[] {
			ECO,
			ECO_CLASS,
			STAGE,
			STUDY,
			TRIAL,
		};

	/**
	 * A public read-only list of all the '<em><b>Containment Scope</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<ContainmentScope> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Containment Scope</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static ContainmentScope get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			ContainmentScope result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Containment Scope</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static ContainmentScope getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			ContainmentScope result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Containment Scope</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static ContainmentScope get(int value) {
		switch (value) {
			case ECO_VALUE: return ECO;
			case ECO_CLASS_VALUE: return ECO_CLASS;
			case STAGE_VALUE: return STAGE;
			case STUDY_VALUE: return STUDY;
			case TRIAL_VALUE: return TRIAL;
		}
		return null;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private final int value;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private final String name;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private final String literal;

	/**
	 * Only this class can construct instances.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private ContainmentScope(int value, String name, String literal) {
		this.value = value;
		this.name = name;
		this.literal = literal;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getValue() {
	  return value;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getName() {
	  return name;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getLiteral() {
	  return literal;
	}

	/**
	 * Returns the literal value of the enumerator, which is its string representation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String toString() {
		return literal;
	}
	
} //ContainmentScope
