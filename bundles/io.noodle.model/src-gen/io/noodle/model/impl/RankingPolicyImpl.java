/**
 */
package io.noodle.model.impl;

import io.noodle.model.NoodlePackage;
import io.noodle.model.RankingPolicy;
import io.noodle.model.RankingPolicyKind;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.EObjectImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Ranking Policy</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link io.noodle.model.impl.RankingPolicyImpl#getKind <em>Kind</em>}</li>
 *   <li>{@link io.noodle.model.impl.RankingPolicyImpl#getTimingWeight <em>Timing Weight</em>}</li>
 *   <li>{@link io.noodle.model.impl.RankingPolicyImpl#getCongestionWeight <em>Congestion Weight</em>}</li>
 *   <li>{@link io.noodle.model.impl.RankingPolicyImpl#getMinDiversity <em>Min Diversity</em>}</li>
 *   <li>{@link io.noodle.model.impl.RankingPolicyImpl#isAlwaysKeepBest <em>Always Keep Best</em>}</li>
 *   <li>{@link io.noodle.model.impl.RankingPolicyImpl#getRandomSurvivors <em>Random Survivors</em>}</li>
 *   <li>{@link io.noodle.model.impl.RankingPolicyImpl#getRollbackThresholdPs <em>Rollback Threshold Ps</em>}</li>
 *   <li>{@link io.noodle.model.impl.RankingPolicyImpl#getSuspiciousSkipAfterStage <em>Suspicious Skip After Stage</em>}</li>
 *   <li>{@link io.noodle.model.impl.RankingPolicyImpl#getExplorationRate <em>Exploration Rate</em>}</li>
 * </ul>
 *
 * @generated
 */
public class RankingPolicyImpl extends EObjectImpl implements RankingPolicy {
	/**
	 * The default value of the '{@link #getKind() <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKind()
	 * @generated
	 * @ordered
	 */
	protected static final RankingPolicyKind KIND_EDEFAULT = RankingPolicyKind.WNS_DELTA;

	/**
	 * The cached value of the '{@link #getKind() <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKind()
	 * @generated
	 * @ordered
	 */
	protected RankingPolicyKind kind = KIND_EDEFAULT;

	/**
	 * The default value of the '{@link #getTimingWeight() <em>Timing Weight</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTimingWeight()
	 * @generated
	 * @ordered
	 */
	protected static final double TIMING_WEIGHT_EDEFAULT = 0.6;

	/**
	 * The cached value of the '{@link #getTimingWeight() <em>Timing Weight</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTimingWeight()
	 * @generated
	 * @ordered
	 */
	protected double timingWeight = TIMING_WEIGHT_EDEFAULT;

	/**
	 * The default value of the '{@link #getCongestionWeight() <em>Congestion Weight</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCongestionWeight()
	 * @generated
	 * @ordered
	 */
	protected static final double CONGESTION_WEIGHT_EDEFAULT = 0.4;

	/**
	 * The cached value of the '{@link #getCongestionWeight() <em>Congestion Weight</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCongestionWeight()
	 * @generated
	 * @ordered
	 */
	protected double congestionWeight = CONGESTION_WEIGHT_EDEFAULT;

	/**
	 * The default value of the '{@link #getMinDiversity() <em>Min Diversity</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMinDiversity()
	 * @generated
	 * @ordered
	 */
	protected static final double MIN_DIVERSITY_EDEFAULT = 0.3;

	/**
	 * The cached value of the '{@link #getMinDiversity() <em>Min Diversity</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMinDiversity()
	 * @generated
	 * @ordered
	 */
	protected double minDiversity = MIN_DIVERSITY_EDEFAULT;

	/**
	 * The default value of the '{@link #isAlwaysKeepBest() <em>Always Keep Best</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isAlwaysKeepBest()
	 * @generated
	 * @ordered
	 */
	protected static final boolean ALWAYS_KEEP_BEST_EDEFAULT = true;

	/**
	 * The cached value of the '{@link #isAlwaysKeepBest() <em>Always Keep Best</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isAlwaysKeepBest()
	 * @generated
	 * @ordered
	 */
	protected boolean alwaysKeepBest = ALWAYS_KEEP_BEST_EDEFAULT;

	/**
	 * The default value of the '{@link #getRandomSurvivors() <em>Random Survivors</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRandomSurvivors()
	 * @generated
	 * @ordered
	 */
	protected static final int RANDOM_SURVIVORS_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getRandomSurvivors() <em>Random Survivors</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRandomSurvivors()
	 * @generated
	 * @ordered
	 */
	protected int randomSurvivors = RANDOM_SURVIVORS_EDEFAULT;

	/**
	 * The default value of the '{@link #getRollbackThresholdPs() <em>Rollback Threshold Ps</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRollbackThresholdPs()
	 * @generated
	 * @ordered
	 */
	protected static final Double ROLLBACK_THRESHOLD_PS_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getRollbackThresholdPs() <em>Rollback Threshold Ps</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRollbackThresholdPs()
	 * @generated
	 * @ordered
	 */
	protected Double rollbackThresholdPs = ROLLBACK_THRESHOLD_PS_EDEFAULT;

	/**
	 * The default value of the '{@link #getSuspiciousSkipAfterStage() <em>Suspicious Skip After Stage</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSuspiciousSkipAfterStage()
	 * @generated
	 * @ordered
	 */
	protected static final int SUSPICIOUS_SKIP_AFTER_STAGE_EDEFAULT = -1;

	/**
	 * The cached value of the '{@link #getSuspiciousSkipAfterStage() <em>Suspicious Skip After Stage</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSuspiciousSkipAfterStage()
	 * @generated
	 * @ordered
	 */
	protected int suspiciousSkipAfterStage = SUSPICIOUS_SKIP_AFTER_STAGE_EDEFAULT;

	/**
	 * The default value of the '{@link #getExplorationRate() <em>Exploration Rate</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getExplorationRate()
	 * @generated
	 * @ordered
	 */
	protected static final double EXPLORATION_RATE_EDEFAULT = 0.0;

	/**
	 * The cached value of the '{@link #getExplorationRate() <em>Exploration Rate</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getExplorationRate()
	 * @generated
	 * @ordered
	 */
	protected double explorationRate = EXPLORATION_RATE_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected RankingPolicyImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return NoodlePackage.Literals.RANKING_POLICY;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public RankingPolicyKind getKind() {
		return kind;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setKind(RankingPolicyKind newKind) {
		RankingPolicyKind oldKind = kind;
		kind = newKind == null ? KIND_EDEFAULT : newKind;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, NoodlePackage.RANKING_POLICY__KIND, oldKind, kind));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getTimingWeight() {
		return timingWeight;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTimingWeight(double newTimingWeight) {
		double oldTimingWeight = timingWeight;
		timingWeight = newTimingWeight;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, NoodlePackage.RANKING_POLICY__TIMING_WEIGHT, oldTimingWeight, timingWeight));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getCongestionWeight() {
		return congestionWeight;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCongestionWeight(double newCongestionWeight) {
		double oldCongestionWeight = congestionWeight;
		congestionWeight = newCongestionWeight;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, NoodlePackage.RANKING_POLICY__CONGESTION_WEIGHT, oldCongestionWeight, congestionWeight));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getMinDiversity() {
		return minDiversity;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMinDiversity(double newMinDiversity) {
		double oldMinDiversity = minDiversity;
		minDiversity = newMinDiversity;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, NoodlePackage.RANKING_POLICY__MIN_DIVERSITY, oldMinDiversity, minDiversity));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isAlwaysKeepBest() {
		return alwaysKeepBest;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAlwaysKeepBest(boolean newAlwaysKeepBest) {
		boolean oldAlwaysKeepBest = alwaysKeepBest;
		alwaysKeepBest = newAlwaysKeepBest;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, NoodlePackage.RANKING_POLICY__ALWAYS_KEEP_BEST, oldAlwaysKeepBest, alwaysKeepBest));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getRandomSurvivors() {
		return randomSurvivors;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setRandomSurvivors(int newRandomSurvivors) {
		int oldRandomSurvivors = randomSurvivors;
		randomSurvivors = newRandomSurvivors;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, NoodlePackage.RANKING_POLICY__RANDOM_SURVIVORS, oldRandomSurvivors, randomSurvivors));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Double getRollbackThresholdPs() {
		return rollbackThresholdPs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setRollbackThresholdPs(Double newRollbackThresholdPs) {
		Double oldRollbackThresholdPs = rollbackThresholdPs;
		rollbackThresholdPs = newRollbackThresholdPs;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, NoodlePackage.RANKING_POLICY__ROLLBACK_THRESHOLD_PS, oldRollbackThresholdPs, rollbackThresholdPs));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getSuspiciousSkipAfterStage() {
		return suspiciousSkipAfterStage;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSuspiciousSkipAfterStage(int newSuspiciousSkipAfterStage) {
		int oldSuspiciousSkipAfterStage = suspiciousSkipAfterStage;
		suspiciousSkipAfterStage = newSuspiciousSkipAfterStage;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, NoodlePackage.RANKING_POLICY__SUSPICIOUS_SKIP_AFTER_STAGE, oldSuspiciousSkipAfterStage, suspiciousSkipAfterStage));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getExplorationRate() {
		return explorationRate;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setExplorationRate(double newExplorationRate) {
		double oldExplorationRate = explorationRate;
		explorationRate = newExplorationRate;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, NoodlePackage.RANKING_POLICY__EXPLORATION_RATE, oldExplorationRate, explorationRate));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case NoodlePackage.RANKING_POLICY__KIND:
				return getKind();
			case NoodlePackage.RANKING_POLICY__TIMING_WEIGHT:
				return getTimingWeight();
			case NoodlePackage.RANKING_POLICY__CONGESTION_WEIGHT:
				return getCongestionWeight();
			case NoodlePackage.RANKING_POLICY__MIN_DIVERSITY:
				return getMinDiversity();
			case NoodlePackage.RANKING_POLICY__ALWAYS_KEEP_BEST:
				return isAlwaysKeepBest();
			case NoodlePackage.RANKING_POLICY__RANDOM_SURVIVORS:
				return getRandomSurvivors();
			case NoodlePackage.RANKING_POLICY__ROLLBACK_THRESHOLD_PS:
				return getRollbackThresholdPs();
			case NoodlePackage.RANKING_POLICY__SUSPICIOUS_SKIP_AFTER_STAGE:
				return getSuspiciousSkipAfterStage();
			case NoodlePackage.RANKING_POLICY__EXPLORATION_RATE:
				return getExplorationRate();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case NoodlePackage.RANKING_POLICY__KIND:
				setKind((RankingPolicyKind)newValue);
				return;
			case NoodlePackage.RANKING_POLICY__TIMING_WEIGHT:
				setTimingWeight((Double)newValue);
				return;
			case NoodlePackage.RANKING_POLICY__CONGESTION_WEIGHT:
				setCongestionWeight((Double)newValue);
				return;
			case NoodlePackage.RANKING_POLICY__MIN_DIVERSITY:
				setMinDiversity((Double)newValue);
				return;
			case NoodlePackage.RANKING_POLICY__ALWAYS_KEEP_BEST:
				setAlwaysKeepBest((Boolean)newValue);
				return;
			case NoodlePackage.RANKING_POLICY__RANDOM_SURVIVORS:
				setRandomSurvivors((Integer)newValue);
				return;
			case NoodlePackage.RANKING_POLICY__ROLLBACK_THRESHOLD_PS:
				setRollbackThresholdPs((Double)newValue);
				return;
			case NoodlePackage.RANKING_POLICY__SUSPICIOUS_SKIP_AFTER_STAGE:
				setSuspiciousSkipAfterStage((Integer)newValue);
				return;
			case NoodlePackage.RANKING_POLICY__EXPLORATION_RATE:
				setExplorationRate((Double)newValue);
				return;
		}
		super.eSet(featureID, newValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eUnset(int featureID) {
		switch (featureID) {
			case NoodlePackage.RANKING_POLICY__KIND:
				setKind(KIND_EDEFAULT);
				return;
			case NoodlePackage.RANKING_POLICY__TIMING_WEIGHT:
				setTimingWeight(TIMING_WEIGHT_EDEFAULT);
				return;
			case NoodlePackage.RANKING_POLICY__CONGESTION_WEIGHT:
				setCongestionWeight(CONGESTION_WEIGHT_EDEFAULT);
				return;
			case NoodlePackage.RANKING_POLICY__MIN_DIVERSITY:
				setMinDiversity(MIN_DIVERSITY_EDEFAULT);
				return;
			case NoodlePackage.RANKING_POLICY__ALWAYS_KEEP_BEST:
				setAlwaysKeepBest(ALWAYS_KEEP_BEST_EDEFAULT);
				return;
			case NoodlePackage.RANKING_POLICY__RANDOM_SURVIVORS:
				setRandomSurvivors(RANDOM_SURVIVORS_EDEFAULT);
				return;
			case NoodlePackage.RANKING_POLICY__ROLLBACK_THRESHOLD_PS:
				setRollbackThresholdPs(ROLLBACK_THRESHOLD_PS_EDEFAULT);
				return;
			case NoodlePackage.RANKING_POLICY__SUSPICIOUS_SKIP_AFTER_STAGE:
				setSuspiciousSkipAfterStage(SUSPICIOUS_SKIP_AFTER_STAGE_EDEFAULT);
				return;
			case NoodlePackage.RANKING_POLICY__EXPLORATION_RATE:
				setExplorationRate(EXPLORATION_RATE_EDEFAULT);
				return;
		}
		super.eUnset(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean eIsSet(int featureID) {
		switch (featureID) {
			case NoodlePackage.RANKING_POLICY__KIND:
				return kind != KIND_EDEFAULT;
			case NoodlePackage.RANKING_POLICY__TIMING_WEIGHT:
				return timingWeight != TIMING_WEIGHT_EDEFAULT;
			case NoodlePackage.RANKING_POLICY__CONGESTION_WEIGHT:
				return congestionWeight != CONGESTION_WEIGHT_EDEFAULT;
			case NoodlePackage.RANKING_POLICY__MIN_DIVERSITY:
				return minDiversity != MIN_DIVERSITY_EDEFAULT;
			case NoodlePackage.RANKING_POLICY__ALWAYS_KEEP_BEST:
				return alwaysKeepBest != ALWAYS_KEEP_BEST_EDEFAULT;
			case NoodlePackage.RANKING_POLICY__RANDOM_SURVIVORS:
				return randomSurvivors != RANDOM_SURVIVORS_EDEFAULT;
			case NoodlePackage.RANKING_POLICY__ROLLBACK_THRESHOLD_PS:
				return ROLLBACK_THRESHOLD_PS_EDEFAULT == null ? rollbackThresholdPs != null : !ROLLBACK_THRESHOLD_PS_EDEFAULT.equals(rollbackThresholdPs);
			case NoodlePackage.RANKING_POLICY__SUSPICIOUS_SKIP_AFTER_STAGE:
				return suspiciousSkipAfterStage != SUSPICIOUS_SKIP_AFTER_STAGE_EDEFAULT;
			case NoodlePackage.RANKING_POLICY__EXPLORATION_RATE:
				return explorationRate != EXPLORATION_RATE_EDEFAULT;
		}
		return super.eIsSet(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String toString() {
		if (eIsProxy()) return super.toString();

		StringBuilder result = new StringBuilder(super.toString());
		result.append(" (kind: ");
		result.append(kind);
		result.append(", timingWeight: ");
		result.append(timingWeight);
		result.append(", congestionWeight: ");
		result.append(congestionWeight);
		result.append(", minDiversity: ");
		result.append(minDiversity);
		result.append(", alwaysKeepBest: ");
		result.append(alwaysKeepBest);
		result.append(", randomSurvivors: ");
		result.append(randomSurvivors);
		result.append(", rollbackThresholdPs: ");
		result.append(rollbackThresholdPs);
		result.append(", suspiciousSkipAfterStage: ");
		result.append(suspiciousSkipAfterStage);
		result.append(", explorationRate: ");
		result.append(explorationRate);
		result.append(')');
		return result.toString();
	}

} //RankingPolicyImpl
