/**
 */
package io.noodle.model;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.eclipse.emf.common.util.Enumerator;

/**
 * <!-- begin-user-doc -->
 * A representation of the literals of the enumeration '<em><b>Execution Mode</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * How much of the flow a trial runs.
 * <!-- end-model-doc -->
 * @see io.noodle.model.NoodlePackage#getExecutionMode()
 * @model
 * @generated
 */
public enum ExecutionMode implements Enumerator {
	/**
	 * The '<em><b>Sta only</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #STA_ONLY_VALUE
	 * @generated
	 * @ordered
	 */
	STA_ONLY(0, "sta_only", "sta_only"),

	/**
	 * The '<em><b>Sta congestion</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #STA_CONGESTION_VALUE
	 * @generated
	 * @ordered
	 */
	STA_CONGESTION(1, "sta_congestion", "sta_congestion"),

	/**
	 * The '<em><b>Full route</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #FULL_ROUTE_VALUE
	 * @generated
	 * @ordered
	 */
	FULL_ROUTE(2, "full_route", "full_route");

	/**
	 * The '<em><b>Sta only</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #STA_ONLY
	 * @model name="sta_only"
	 * @generated
	 * @ordered
	 */
	public static final int STA_ONLY_VALUE = 0;

	/**
	 * The '<em><b>Sta congestion</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #STA_CONGESTION
	 * @model name="sta_congestion"
	 * @generated
	 * @ordered
	 */
	public static final int STA_CONGESTION_VALUE = 1;

	/**
	 * The '<em><b>Full route</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #FULL_ROUTE
	 * @model name="full_route"
	 * @generated
	 * @ordered
	 */
	public static final int FULL_ROUTE_VALUE = 2;

	/**
	 * An array of all the '<em><b>Execution Mode</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final ExecutionMode[] VALUES_ARRAY =
		new ExecutionMode[] {
			STA_ONLY,
			STA_CONGESTION,
			FULL_ROUTE,
		};

	/**
	 * A public read-only list of all the '<em><b>Execution Mode</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<ExecutionMode> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Execution Mode</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static ExecutionMode get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			ExecutionMode result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Execution Mode</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static ExecutionMode getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			ExecutionMode result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Execution Mode</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static ExecutionMode get(int value) {
		switch (value) {
			case STA_ONLY_VALUE: return STA_ONLY;
			case STA_CONGESTION_VALUE: return STA_CONGESTION;
			case FULL_ROUTE_VALUE: return FULL_ROUTE;
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
	private ExecutionMode(int value, String name, String literal) {
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
	
} //ExecutionMode
