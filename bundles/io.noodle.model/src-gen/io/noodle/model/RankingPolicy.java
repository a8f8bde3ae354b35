/**
 */
package io.noodle.model;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Ranking Policy</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * How a stage ranks its cases and picks survivors.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link io.noodle.model.RankingPolicy#getKind <em>Kind</em>}</li>
 *   <li>{@link io.noodle.model.RankingPolicy#getTimingWeight <em>Timing Weight</em>}</li>
 *   <li>{@link io.noodle.model.RankingPolicy#getCongestionWeight <em>Congestion Weight</em>}</li>
 *   <li>{@link io.noodle.model.RankingPolicy#getMinDiversity <em>Min Diversity</em>}</li>
 *   <li>{@link io.noodle.model.RankingPolicy#isAlwaysKeepBest <em>Always Keep Best</em>}</li>
 *   <li>{@link io.noodle.model.RankingPolicy#getRandomSurvivors <em>Random Survivors</em>}</li>
 *   <li>{@link io.noodle.model.RankingPolicy#getRollbackThresholdPs <em>Rollback Threshold Ps</em>}</li>
 *   <li>{@link io.noodle.model.RankingPolicy#getSuspiciousSkipAfterStage <em>Suspicious Skip After Stage</em>}</li>
 *   <li>{@link io.noodle.model.RankingPolicy#getExplorationRate <em>Exploration Rate</em>}</li>
 * </ul>
 *
 * @see io.noodle.model.NoodlePackage#getRankingPolicy()
 * @model
 * @generated
 */
public interface RankingPolicy extends EObject {
	/**
	 * Returns the value of the '<em><b>Kind</b></em>' attribute.
	 * The default value is <code>"wns_delta"</code>.
	 * The literals are from the enumeration {@link io.noodle.model.RankingPolicyKind}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The policy.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Kind</em>' attribute.
	 * @see io.noodle.model.RankingPolicyKind
	 * @see #setKind(RankingPolicyKind)
	 * @see io.noodle.model.NoodlePackage#getRankingPolicy_Kind()
	 * @model default="wns_delta"
	 * @generated
	 */
	RankingPolicyKind getKind();

	/**
	 * Sets the value of the '{@link io.noodle.model.RankingPolicy#getKind <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Kind</em>' attribute.
	 * @see io.noodle.model.RankingPolicyKind
	 * @see #getKind()
	 * @generated
	 */
	void setKind(RankingPolicyKind value);

	/**
	 * Returns the value of the '<em><b>Timing Weight</b></em>' attribute.
	 * The default value is <code>"0.6"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Timing weight for multi_objective.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Timing Weight</em>' attribute.
	 * @see #setTimingWeight(double)
	 * @see io.noodle.model.NoodlePackage#getRankingPolicy_TimingWeight()
	 * @model default="0.6"
	 * @generated
	 */
	double getTimingWeight();

	/**
	 * Sets the value of the '{@link io.noodle.model.RankingPolicy#getTimingWeight <em>Timing Weight</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Timing Weight</em>' attribute.
	 * @see #getTimingWeight()
	 * @generated
	 */
	void setTimingWeight(double value);

	/**
	 * Returns the value of the '<em><b>Congestion Weight</b></em>' attribute.
	 * The default value is <code>"0.4"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Congestion weight for multi_objective.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Congestion Weight</em>' attribute.
	 * @see #setCongestionWeight(double)
	 * @see io.noodle.model.NoodlePackage#getRankingPolicy_CongestionWeight()
	 * @model default="0.4"
	 * @generated
	 */
	double getCongestionWeight();

	/**
	 * Sets the value of the '{@link io.noodle.model.RankingPolicy#getCongestionWeight <em>Congestion Weight</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Congestion Weight</em>' attribute.
	 * @see #getCongestionWeight()
	 * @generated
	 */
	void setCongestionWeight(double value);

	/**
	 * Returns the value of the '<em><b>Min Diversity</b></em>' attribute.
	 * The default value is <code>"0.3"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Least normalized Levenshtein distance between ECO sequences for diverse_top_n.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Min Diversity</em>' attribute.
	 * @see #setMinDiversity(double)
	 * @see io.noodle.model.NoodlePackage#getRankingPolicy_MinDiversity()
	 * @model default="0.3"
	 * @generated
	 */
	double getMinDiversity();

	/**
	 * Sets the value of the '{@link io.noodle.model.RankingPolicy#getMinDiversity <em>Min Diversity</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Min Diversity</em>' attribute.
	 * @see #getMinDiversity()
	 * @generated
	 */
	void setMinDiversity(double value);

	/**
	 * Returns the value of the '<em><b>Always Keep Best</b></em>' attribute.
	 * The default value is <code>"true"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * diverse_top_n keeps the best case whatever its distance.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Always Keep Best</em>' attribute.
	 * @see #setAlwaysKeepBest(boolean)
	 * @see io.noodle.model.NoodlePackage#getRankingPolicy_AlwaysKeepBest()
	 * @model default="true"
	 * @generated
	 */
	boolean isAlwaysKeepBest();

	/**
	 * Sets the value of the '{@link io.noodle.model.RankingPolicy#isAlwaysKeepBest <em>Always Keep Best</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Always Keep Best</em>' attribute.
	 * @see #isAlwaysKeepBest()
	 * @generated
	 */
	void setAlwaysKeepBest(boolean value);

	/**
	 * Returns the value of the '<em><b>Random Survivors</b></em>' attribute.
	 * The default value is <code>"0"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Extra survivors drawn at random (deterministic seed) for diverse_top_n.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Random Survivors</em>' attribute.
	 * @see #setRandomSurvivors(int)
	 * @see io.noodle.model.NoodlePackage#getRankingPolicy_RandomSurvivors()
	 * @model default="0"
	 * @generated
	 */
	int getRandomSurvivors();

	/**
	 * Sets the value of the '{@link io.noodle.model.RankingPolicy#getRandomSurvivors <em>Random Survivors</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Random Survivors</em>' attribute.
	 * @see #getRandomSurvivors()
	 * @generated
	 */
	void setRandomSurvivors(int value);

	/**
	 * Returns the value of the '<em><b>Rollback Threshold Ps</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * A case worse than its parent by more than this (ps) is discarded; unset for none.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Rollback Threshold Ps</em>' attribute.
	 * @see #setRollbackThresholdPs(Double)
	 * @see io.noodle.model.NoodlePackage#getRankingPolicy_RollbackThresholdPs()
	 * @model
	 * @generated
	 */
	Double getRollbackThresholdPs();

	/**
	 * Sets the value of the '{@link io.noodle.model.RankingPolicy#getRollbackThresholdPs <em>Rollback Threshold Ps</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Rollback Threshold Ps</em>' attribute.
	 * @see #getRollbackThresholdPs()
	 * @generated
	 */
	void setRollbackThresholdPs(Double value);

	/**
	 * Returns the value of the '<em><b>Suspicious Skip After Stage</b></em>' attribute.
	 * The default value is <code>"-1"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * From this stage index on, suspicious ECOs are skipped (-1: never).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Suspicious Skip After Stage</em>' attribute.
	 * @see #setSuspiciousSkipAfterStage(int)
	 * @see io.noodle.model.NoodlePackage#getRankingPolicy_SuspiciousSkipAfterStage()
	 * @model default="-1"
	 * @generated
	 */
	int getSuspiciousSkipAfterStage();

	/**
	 * Sets the value of the '{@link io.noodle.model.RankingPolicy#getSuspiciousSkipAfterStage <em>Suspicious Skip After Stage</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Suspicious Skip After Stage</em>' attribute.
	 * @see #getSuspiciousSkipAfterStage()
	 * @generated
	 */
	void setSuspiciousSkipAfterStage(int value);

	/**
	 * Returns the value of the '<em><b>Exploration Rate</b></em>' attribute.
	 * The default value is <code>"0.0"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Share of skipped suspicious ECOs let through anyway.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Exploration Rate</em>' attribute.
	 * @see #setExplorationRate(double)
	 * @see io.noodle.model.NoodlePackage#getRankingPolicy_ExplorationRate()
	 * @model default="0.0"
	 * @generated
	 */
	double getExplorationRate();

	/**
	 * Sets the value of the '{@link io.noodle.model.RankingPolicy#getExplorationRate <em>Exploration Rate</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Exploration Rate</em>' attribute.
	 * @see #getExplorationRate()
	 * @generated
	 */
	void setExplorationRate(double value);

} // RankingPolicy
