/**
 */
package io.noodle.model;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.eclipse.emf.common.util.Enumerator;

/**
 * <!-- begin-user-doc -->
 * A representation of the literals of the enumeration '<em><b>Eco Class</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * ECO classes ordered by blast radius.
 * <!-- end-model-doc -->
 * @see io.noodle.model.NoodlePackage#getEcoClass()
 * @model
 * @generated
 */
public enum EcoClass implements Enumerator {
	/**
	 * The '<em><b>Topology neutral</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #TOPOLOGY_NEUTRAL_VALUE
	 * @generated
	 * @ordered
	 */
	TOPOLOGY_NEUTRAL(0, "topology_neutral", "topology_neutral"),

	/**
	 * The '<em><b>Placement local</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PLACEMENT_LOCAL_VALUE
	 * @generated
	 * @ordered
	 */
	PLACEMENT_LOCAL(1, "placement_local", "placement_local"),

	/**
	 * The '<em><b>Routing affecting</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ROUTING_AFFECTING_VALUE
	 * @generated
	 * @ordered
	 */
	ROUTING_AFFECTING(2, "routing_affecting", "routing_affecting"),

	/**
	 * The '<em><b>Global disruptive</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #GLOBAL_DISRUPTIVE_VALUE
	 * @generated
	 * @ordered
	 */
	GLOBAL_DISRUPTIVE(3, "global_disruptive", "global_disruptive");

	/**
	 * The '<em><b>Topology neutral</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #TOPOLOGY_NEUTRAL
	 * @model name="topology_neutral"
	 * @generated
	 * @ordered
	 */
	public static final int TOPOLOGY_NEUTRAL_VALUE = 0;

	/**
	 * The '<em><b>Placement local</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PLACEMENT_LOCAL
	 * @model name="placement_local"
	 * @generated
	 * @ordered
	 */
	public static final int PLACEMENT_LOCAL_VALUE = 1;

	/**
	 * The '<em><b>Routing affecting</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ROUTING_AFFECTING
	 * @model name="routing_affecting"
	 * @generated
	 * @ordered
	 */
	public static final int ROUTING_AFFECTING_VALUE = 2;

	/**
	 * The '<em><b>Global disruptive</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #GLOBAL_DISRUPTIVE
	 * @model name="global_disruptive"
	 * @generated
	 * @ordered
	 */
	public static final int GLOBAL_DISRUPTIVE_VALUE = 3;

	/**
	 * An array of all the '<em><b>Eco Class</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final EcoClass[] VALUES_ARRAY =
		new EcoClass[] {
			TOPOLOGY_NEUTRAL,
			PLACEMENT_LOCAL,
			ROUTING_AFFECTING,
			GLOBAL_DISRUPTIVE,
		};

	/**
	 * A public read-only list of all the '<em><b>Eco Class</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<EcoClass> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Eco Class</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static EcoClass get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			EcoClass result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Eco Class</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static EcoClass getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			EcoClass result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Eco Class</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static EcoClass get(int value) {
		switch (value) {
			case TOPOLOGY_NEUTRAL_VALUE: return TOPOLOGY_NEUTRAL;
			case PLACEMENT_LOCAL_VALUE: return PLACEMENT_LOCAL;
			case ROUTING_AFFECTING_VALUE: return ROUTING_AFFECTING;
			case GLOBAL_DISRUPTIVE_VALUE: return GLOBAL_DISRUPTIVE;
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
	private EcoClass(int value, String name, String literal) {
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
	
} //EcoClass
