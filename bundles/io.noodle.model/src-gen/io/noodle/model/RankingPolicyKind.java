/**
 */
package io.noodle.model;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.eclipse.emf.common.util.Enumerator;

/**
 * <!-- begin-user-doc -->
 * A representation of the literals of the enumeration '<em><b>Ranking Policy Kind</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * How survivors are chosen.
 * <!-- end-model-doc -->
 * @see io.noodle.model.NoodlePackage#getRankingPolicyKind()
 * @model
 * @generated
 */
public enum RankingPolicyKind implements Enumerator {
	/**
	 * The '<em><b>Wns delta</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #WNS_DELTA_VALUE
	 * @generated
	 * @ordered
	 */
	WNS_DELTA(0, "wns_delta", "wns_delta"),

	/**
	 * The '<em><b>Congestion delta</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #CONGESTION_DELTA_VALUE
	 * @generated
	 * @ordered
	 */
	CONGESTION_DELTA(1, "congestion_delta", "congestion_delta"),

	/**
	 * The '<em><b>Multi objective</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #MULTI_OBJECTIVE_VALUE
	 * @generated
	 * @ordered
	 */
	MULTI_OBJECTIVE(2, "multi_objective", "multi_objective"),

	/**
	 * The '<em><b>Pure top n</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PURE_TOP_N_VALUE
	 * @generated
	 * @ordered
	 */
	PURE_TOP_N(3, "pure_top_n", "pure_top_n"),

	/**
	 * The '<em><b>Diverse top n</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #DIVERSE_TOP_N_VALUE
	 * @generated
	 * @ordered
	 */
	DIVERSE_TOP_N(4, "diverse_top_n", "diverse_top_n"),

	/**
	 * The '<em><b>Pareto front</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PARETO_FRONT_VALUE
	 * @generated
	 * @ordered
	 */
	PARETO_FRONT(5, "pareto_front", "pareto_front");

	/**
	 * The '<em><b>Wns delta</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #WNS_DELTA
	 * @model name="wns_delta"
	 * @generated
	 * @ordered
	 */
	public static final int WNS_DELTA_VALUE = 0;

	/**
	 * The '<em><b>Congestion delta</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #CONGESTION_DELTA
	 * @model name="congestion_delta"
	 * @generated
	 * @ordered
	 */
	public static final int CONGESTION_DELTA_VALUE = 1;

	/**
	 * The '<em><b>Multi objective</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #MULTI_OBJECTIVE
	 * @model name="multi_objective"
	 * @generated
	 * @ordered
	 */
	public static final int MULTI_OBJECTIVE_VALUE = 2;

	/**
	 * The '<em><b>Pure top n</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PURE_TOP_N
	 * @model name="pure_top_n"
	 * @generated
	 * @ordered
	 */
	public static final int PURE_TOP_N_VALUE = 3;

	/**
	 * The '<em><b>Diverse top n</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #DIVERSE_TOP_N
	 * @model name="diverse_top_n"
	 * @generated
	 * @ordered
	 */
	public static final int DIVERSE_TOP_N_VALUE = 4;

	/**
	 * The '<em><b>Pareto front</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PARETO_FRONT
	 * @model name="pareto_front"
	 * @generated
	 * @ordered
	 */
	public static final int PARETO_FRONT_VALUE = 5;

	/**
	 * An array of all the '<em><b>Ranking Policy Kind</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final RankingPolicyKind[] VALUES_ARRAY =
		new RankingPolicyKind[] {
			WNS_DELTA,
			CONGESTION_DELTA,
			MULTI_OBJECTIVE,
			PURE_TOP_N,
			DIVERSE_TOP_N,
			PARETO_FRONT,
		};

	/**
	 * A public read-only list of all the '<em><b>Ranking Policy Kind</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<RankingPolicyKind> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Ranking Policy Kind</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static RankingPolicyKind get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			RankingPolicyKind result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Ranking Policy Kind</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static RankingPolicyKind getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			RankingPolicyKind result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Ranking Policy Kind</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static RankingPolicyKind get(int value) {
		switch (value) {
			case WNS_DELTA_VALUE: return WNS_DELTA;
			case CONGESTION_DELTA_VALUE: return CONGESTION_DELTA;
			case MULTI_OBJECTIVE_VALUE: return MULTI_OBJECTIVE;
			case PURE_TOP_N_VALUE: return PURE_TOP_N;
			case DIVERSE_TOP_N_VALUE: return DIVERSE_TOP_N;
			case PARETO_FRONT_VALUE: return PARETO_FRONT;
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
	private RankingPolicyKind(int value, String name, String literal) {
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
	
} //RankingPolicyKind
