/**
 */
package io.noodle.model;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.eclipse.emf.common.util.Enumerator;

/**
 * <!-- begin-user-doc -->
 * A representation of the literals of the enumeration '<em><b>Failure Type</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * Typed trial failures.
 * <!-- end-model-doc -->
 * @see io.noodle.model.NoodlePackage#getFailureType()
 * @model
 * @generated
 */
public enum FailureType implements Enumerator {
	/**
	 * The '<em><b>Tool error</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #TOOL_ERROR_VALUE
	 * @generated
	 * @ordered
	 */
	TOOL_ERROR(0, "tool_error", "tool_error"),

	/**
	 * The '<em><b>Tool crash</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #TOOL_CRASH_VALUE
	 * @generated
	 * @ordered
	 */
	TOOL_CRASH(1, "tool_crash", "tool_crash"),

	/**
	 * The '<em><b>Timeout</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #TIMEOUT_VALUE
	 * @generated
	 * @ordered
	 */
	TIMEOUT(2, "timeout", "timeout"),

	/**
	 * The '<em><b>Parse failure</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PARSE_FAILURE_VALUE
	 * @generated
	 * @ordered
	 */
	PARSE_FAILURE(3, "parse_failure", "parse_failure"),

	/**
	 * The '<em><b>Oom</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #OOM_VALUE
	 * @generated
	 * @ordered
	 */
	OOM(4, "oom", "oom"),

	/**
	 * The '<em><b>Visualization unavailable</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #VISUALIZATION_UNAVAILABLE_VALUE
	 * @generated
	 * @ordered
	 */
	VISUALIZATION_UNAVAILABLE(5, "visualization_unavailable", "visualization_unavailable"),

	/**
	 * The '<em><b>Invalid result</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #INVALID_RESULT_VALUE
	 * @generated
	 * @ordered
	 */
	INVALID_RESULT(6, "invalid_result", "invalid_result"),

	/**
	 * The '<em><b>Worker lost</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #WORKER_LOST_VALUE
	 * @generated
	 * @ordered
	 */
	WORKER_LOST(7, "worker_lost", "worker_lost");

	/**
	 * The '<em><b>Tool error</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #TOOL_ERROR
	 * @model name="tool_error"
	 * @generated
	 * @ordered
	 */
	public static final int TOOL_ERROR_VALUE = 0;

	/**
	 * The '<em><b>Tool crash</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #TOOL_CRASH
	 * @model name="tool_crash"
	 * @generated
	 * @ordered
	 */
	public static final int TOOL_CRASH_VALUE = 1;

	/**
	 * The '<em><b>Timeout</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #TIMEOUT
	 * @model name="timeout"
	 * @generated
	 * @ordered
	 */
	public static final int TIMEOUT_VALUE = 2;

	/**
	 * The '<em><b>Parse failure</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PARSE_FAILURE
	 * @model name="parse_failure"
	 * @generated
	 * @ordered
	 */
	public static final int PARSE_FAILURE_VALUE = 3;

	/**
	 * The '<em><b>Oom</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #OOM
	 * @model name="oom"
	 * @generated
	 * @ordered
	 */
	public static final int OOM_VALUE = 4;

	/**
	 * The '<em><b>Visualization unavailable</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #VISUALIZATION_UNAVAILABLE
	 * @model name="visualization_unavailable"
	 * @generated
	 * @ordered
	 */
	public static final int VISUALIZATION_UNAVAILABLE_VALUE = 5;

	/**
	 * The '<em><b>Invalid result</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #INVALID_RESULT
	 * @model name="invalid_result"
	 * @generated
	 * @ordered
	 */
	public static final int INVALID_RESULT_VALUE = 6;

	/**
	 * The '<em><b>Worker lost</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #WORKER_LOST
	 * @model name="worker_lost"
	 * @generated
	 * @ordered
	 */
	public static final int WORKER_LOST_VALUE = 7;

	/**
	 * An array of all the '<em><b>Failure Type</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final FailureType[] VALUES_ARRAY =
		new FailureType[] {
			TOOL_ERROR,
			TOOL_CRASH,
			TIMEOUT,
			PARSE_FAILURE,
			OOM,
			VISUALIZATION_UNAVAILABLE,
			INVALID_RESULT,
			WORKER_LOST,
		};

	/**
	 * A public read-only list of all the '<em><b>Failure Type</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<FailureType> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Failure Type</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static FailureType get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			FailureType result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Failure Type</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static FailureType getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			FailureType result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Failure Type</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static FailureType get(int value) {
		switch (value) {
			case TOOL_ERROR_VALUE: return TOOL_ERROR;
			case TOOL_CRASH_VALUE: return TOOL_CRASH;
			case TIMEOUT_VALUE: return TIMEOUT;
			case PARSE_FAILURE_VALUE: return PARSE_FAILURE;
			case OOM_VALUE: return OOM;
			case VISUALIZATION_UNAVAILABLE_VALUE: return VISUALIZATION_UNAVAILABLE;
			case INVALID_RESULT_VALUE: return INVALID_RESULT;
			case WORKER_LOST_VALUE: return WORKER_LOST;
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
	private FailureType(int value, String name, String literal) {
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
	
} //FailureType
