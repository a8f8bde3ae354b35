/**
 */
package io.noodle.model.impl;

import io.noodle.model.EcoClass;
import io.noodle.model.ExecutionMode;
import io.noodle.model.NoodlePackage;
import io.noodle.model.RankingPolicy;
import io.noodle.model.Stage;
import io.noodle.model.StageRails;
import io.noodle.model.StageType;
import io.noodle.model.Study;

import java.util.Collection;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.EObjectImpl;

import org.eclipse.emf.ecore.util.EDataTypeUniqueEList;
import org.eclipse.emf.ecore.util.EcoreUtil;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Stage</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link io.noodle.model.impl.StageImpl#getStudy <em>Study</em>}</li>
 *   <li>{@link io.noodle.model.impl.StageImpl#getName <em>Name</em>}</li>
 *   <li>{@link io.noodle.model.impl.StageImpl#getType <em>Type</em>}</li>
 *   <li>{@link io.noodle.model.impl.StageImpl#getExecutionMode <em>Execution Mode</em>}</li>
 *   <li>{@link io.noodle.model.impl.StageImpl#getTrialBudget <em>Trial Budget</em>}</li>
 *   <li>{@link io.noodle.model.impl.StageImpl#getSurvivorCount <em>Survivor Count</em>}</li>
 *   <li>{@link io.noodle.model.impl.StageImpl#getAllowedClasses <em>Allowed Classes</em>}</li>
 *   <li>{@link io.noodle.model.impl.StageImpl#getEcoNames <em>Eco Names</em>}</li>
 *   <li>{@link io.noodle.model.impl.StageImpl#getRanking <em>Ranking</em>}</li>
 *   <li>{@link io.noodle.model.impl.StageImpl#getRails <em>Rails</em>}</li>
 *   <li>{@link io.noodle.model.impl.StageImpl#getTrialMemoryMb <em>Trial Memory Mb</em>}</li>
 *   <li>{@link io.noodle.model.impl.StageImpl#isVisualization <em>Visualization</em>}</li>
 *   <li>{@link io.noodle.model.impl.StageImpl#getIndex <em>Index</em>}</li>
 *   <li>{@link io.noodle.model.impl.StageImpl#getInputs <em>Inputs</em>}</li>
 * </ul>
 *
 * @generated
 */
public class StageImpl extends EObjectImpl implements Stage {
	/**
	 * The default value of the '{@link #getName() <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getName()
	 * @generated
	 * @ordered
	 */
	protected static final String NAME_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getName() <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getName()
	 * @generated
	 * @ordered
	 */
	protected String name = NAME_EDEFAULT;

	/**
	 * The default value of the '{@link #getType() <em>Type</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getType()
	 * @generated
	 * @ordered
	 */
	protected static final StageType TYPE_EDEFAULT = StageType.EXECUTION;

	/**
	 * The cached value of the '{@link #getType() <em>Type</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getType()
	 * @generated
	 * @ordered
	 */
	protected StageType type = TYPE_EDEFAULT;

	/**
	 * The default value of the '{@link #getExecutionMode() <em>Execution Mode</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getExecutionMode()
	 * @generated
	 * @ordered
	 */
	protected static final ExecutionMode EXECUTION_MODE_EDEFAULT = ExecutionMode.STA_ONLY;

	/**
	 * The cached value of the '{@link #getExecutionMode() <em>Execution Mode</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getExecutionMode()
	 * @generated
	 * @ordered
	 */
	protected ExecutionMode executionMode = EXECUTION_MODE_EDEFAULT;

	/**
	 * The default value of the '{@link #getTrialBudget() <em>Trial Budget</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTrialBudget()
	 * @generated
	 * @ordered
	 */
	protected static final int TRIAL_BUDGET_EDEFAULT = 1;

	/**
	 * The cached value of the '{@link #getTrialBudget() <em>Trial Budget</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTrialBudget()
	 * @generated
	 * @ordered
	 */
	protected int trialBudget = TRIAL_BUDGET_EDEFAULT;

	/**
	 * The default value of the '{@link #getSurvivorCount() <em>Survivor Count</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSurvivorCount()
	 * @generated
	 * @ordered
	 */
	protected static final int SURVIVOR_COUNT_EDEFAULT = 1;

	/**
	 * The cached value of the '{@link #getSurvivorCount() <em>Survivor Count</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSurvivorCount()
	 * @generated
	 * @ordered
	 */
	protected int survivorCount = SURVIVOR_COUNT_EDEFAULT;

	/**
	 * The cached value of the '{@link #getAllowedClasses() <em>Allowed Classes</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAllowedClasses()
	 * @generated
	 * @ordered
	 */
	protected EList<EcoClass> allowedClasses;

	/**
	 * The cached value of the '{@link #getEcoNames() <em>Eco Names</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEcoNames()
	 * @generated
	 * @ordered
	 */
	protected EList<String> ecoNames;

	/**
	 * The cached value of the '{@link #getRanking() <em>Ranking</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRanking()
	 * @generated
	 * @ordered
	 */
	protected RankingPolicy ranking;

	/**
	 * The cached value of the '{@link #getRails() <em>Rails</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRails()
	 * @generated
	 * @ordered
	 */
	protected StageRails rails;

	/**
	 * The default value of the '{@link #getTrialMemoryMb() <em>Trial Memory Mb</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTrialMemoryMb()
	 * @generated
	 * @ordered
	 */
	protected static final int TRIAL_MEMORY_MB_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getTrialMemoryMb() <em>Trial Memory Mb</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTrialMemoryMb()
	 * @generated
	 * @ordered
	 */
	protected int trialMemoryMb = TRIAL_MEMORY_MB_EDEFAULT;

	/**
	 * The default value of the '{@link #isVisualization() <em>Visualization</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isVisualization()
	 * @generated
	 * @ordered
	 */
	protected static final boolean VISUALIZATION_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isVisualization() <em>Visualization</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isVisualization()
	 * @generated
	 * @ordered
	 */
	protected boolean visualization = VISUALIZATION_EDEFAULT;

	/**
	 * The default value of the '{@link #getIndex() <em>Index</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getIndex()
	 * @generated
	 * @ordered
	 */
	protected static final int INDEX_EDEFAULT = 0;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected StageImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return NoodlePackage.Literals.STAGE;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Study getStudy() {
		if (eContainerFeatureID() != NoodlePackage.STAGE__STUDY) return null;
		return (Study)eInternalContainer();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetStudy(Study newStudy, NotificationChain msgs) {
		msgs = eBasicSetContainer((InternalEObject)newStudy, NoodlePackage.STAGE__STUDY, msgs);
		return msgs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setStudy(Study newStudy) {
		if (newStudy != eInternalContainer() || (eContainerFeatureID() != NoodlePackage.STAGE__STUDY && newStudy != null)) {
			if (EcoreUtil.isAncestor(this, newStudy))
				throw new IllegalArgumentException("Recursive containment not allowed for " + toString());
			NotificationChain msgs = null;
			if (eInternalContainer() != null)
				msgs = eBasicRemoveFromContainer(msgs);
			if (newStudy != null)
				msgs = ((InternalEObject)newStudy).eInverseAdd(this, NoodlePackage.STUDY__STAGES, Study.class, msgs);
			msgs = basicSetStudy(newStudy, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, NoodlePackage.STAGE__STUDY, newStudy, newStudy));
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
	public void setName(String newName) {
		String oldName = name;
		name = newName;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, NoodlePackage.STAGE__NAME, oldName, name));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public StageType getType() {
		return type;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setType(StageType newType) {
		StageType oldType = type;
		type = newType == null ? TYPE_EDEFAULT : newType;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, NoodlePackage.STAGE__TYPE, oldType, type));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ExecutionMode getExecutionMode() {
		return executionMode;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setExecutionMode(ExecutionMode newExecutionMode) {
		ExecutionMode oldExecutionMode = executionMode;
		executionMode = newExecutionMode == null ? EXECUTION_MODE_EDEFAULT : newExecutionMode;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, NoodlePackage.STAGE__EXECUTION_MODE, oldExecutionMode, executionMode));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getTrialBudget() {
		return trialBudget;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTrialBudget(int newTrialBudget) {
		int oldTrialBudget = trialBudget;
		trialBudget = newTrialBudget;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, NoodlePackage.STAGE__TRIAL_BUDGET, oldTrialBudget, trialBudget));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getSurvivorCount() {
		return survivorCount;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSurvivorCount(int newSurvivorCount) {
		int oldSurvivorCount = survivorCount;
		survivorCount = newSurvivorCount;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, NoodlePackage.STAGE__SURVIVOR_COUNT, oldSurvivorCount, survivorCount));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<EcoClass> getAllowedClasses() {
		if (allowedClasses == null) {
			allowedClasses = new EDataTypeUniqueEList<EcoClass>(EcoClass.class, this, NoodlePackage.STAGE__ALLOWED_CLASSES);
		}
		return allowedClasses;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<String> getEcoNames() {
		if (ecoNames == null) {
			ecoNames = new EDataTypeUniqueEList<String>(String.class, this, NoodlePackage.STAGE__ECO_NAMES);
		}
		return ecoNames;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public RankingPolicy getRanking() {
		return ranking;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetRanking(RankingPolicy newRanking, NotificationChain msgs) {
		RankingPolicy oldRanking = ranking;
		ranking = newRanking;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, NoodlePackage.STAGE__RANKING, oldRanking, newRanking);
			if (msgs == null) msgs = notification; else msgs.add(notification);
		}
		return msgs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setRanking(RankingPolicy newRanking) {
		if (newRanking != ranking) {
			NotificationChain msgs = null;
			if (ranking != null)
				msgs = ((InternalEObject)ranking).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - NoodlePackage.STAGE__RANKING, null, msgs);
			if (newRanking != null)
				msgs = ((InternalEObject)newRanking).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - NoodlePackage.STAGE__RANKING, null, msgs);
			msgs = basicSetRanking(newRanking, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, NoodlePackage.STAGE__RANKING, newRanking, newRanking));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public StageRails getRails() {
		return rails;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetRails(StageRails newRails, NotificationChain msgs) {
		StageRails oldRails = rails;
		rails = newRails;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, NoodlePackage.STAGE__RAILS, oldRails, newRails);
			if (msgs == null) msgs = notification; else msgs.add(notification);
		}
		return msgs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setRails(StageRails newRails) {
		if (newRails != rails) {
			NotificationChain msgs = null;
			if (rails != null)
				msgs = ((InternalEObject)rails).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - NoodlePackage.STAGE__RAILS, null, msgs);
			if (newRails != null)
				msgs = ((InternalEObject)newRails).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - NoodlePackage.STAGE__RAILS, null, msgs);
			msgs = basicSetRails(newRails, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, NoodlePackage.STAGE__RAILS, newRails, newRails));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getTrialMemoryMb() {
		return trialMemoryMb;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTrialMemoryMb(int newTrialMemoryMb) {
		int oldTrialMemoryMb = trialMemoryMb;
		trialMemoryMb = newTrialMemoryMb;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, NoodlePackage.STAGE__TRIAL_MEMORY_MB, oldTrialMemoryMb, trialMemoryMb));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isVisualization() {
		return visualization;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setVisualization(boolean newVisualization) {
		boolean oldVisualization = visualization;
		visualization = newVisualization;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, NoodlePackage.STAGE__VISUALIZATION, oldVisualization, visualization));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getIndex() {
		return getStudy() == null ? -1 : getStudy().getStages().indexOf(this);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Stage> getInputs() {
		return io.noodle.model.derived.StageGraph.inputsOf(this);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseAdd(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case NoodlePackage.STAGE__STUDY:
				if (eInternalContainer() != null)
					msgs = eBasicRemoveFromContainer(msgs);
				return basicSetStudy((Study)otherEnd, msgs);
		}
		return super.eInverseAdd(otherEnd, featureID, msgs);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case NoodlePackage.STAGE__STUDY:
				return basicSetStudy(null, msgs);
			case NoodlePackage.STAGE__RANKING:
				return basicSetRanking(null, msgs);
			case NoodlePackage.STAGE__RAILS:
				return basicSetRails(null, msgs);
		}
		return super.eInverseRemove(otherEnd, featureID, msgs);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eBasicRemoveFromContainerFeature(NotificationChain msgs) {
		switch (eContainerFeatureID()) {
			case NoodlePackage.STAGE__STUDY:
				return eInternalContainer().eInverseRemove(this, NoodlePackage.STUDY__STAGES, Study.class, msgs);
		}
		return super.eBasicRemoveFromContainerFeature(msgs);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case NoodlePackage.STAGE__STUDY:
				return getStudy();
			case NoodlePackage.STAGE__NAME:
				return getName();
			case NoodlePackage.STAGE__TYPE:
				return getType();
			case NoodlePackage.STAGE__EXECUTION_MODE:
				return getExecutionMode();
			case NoodlePackage.STAGE__TRIAL_BUDGET:
				return getTrialBudget();
			case NoodlePackage.STAGE__SURVIVOR_COUNT:
				return getSurvivorCount();
			case NoodlePackage.STAGE__ALLOWED_CLASSES:
				return getAllowedClasses();
			case NoodlePackage.STAGE__ECO_NAMES:
				return getEcoNames();
			case NoodlePackage.STAGE__RANKING:
				return getRanking();
			case NoodlePackage.STAGE__RAILS:
				return getRails();
			case NoodlePackage.STAGE__TRIAL_MEMORY_MB:
				return getTrialMemoryMb();
			case NoodlePackage.STAGE__VISUALIZATION:
				return isVisualization();
			case NoodlePackage.STAGE__INDEX:
				return getIndex();
			case NoodlePackage.STAGE__INPUTS:
				return getInputs();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@SuppressWarnings("unchecked")
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case NoodlePackage.STAGE__STUDY:
				setStudy((Study)newValue);
				return;
			case NoodlePackage.STAGE__NAME:
				setName((String)newValue);
				return;
			case NoodlePackage.STAGE__TYPE:
				setType((StageType)newValue);
				return;
			case NoodlePackage.STAGE__EXECUTION_MODE:
				setExecutionMode((ExecutionMode)newValue);
				return;
			case NoodlePackage.STAGE__TRIAL_BUDGET:
				setTrialBudget((Integer)newValue);
				return;
			case NoodlePackage.STAGE__SURVIVOR_COUNT:
				setSurvivorCount((Integer)newValue);
				return;
			case NoodlePackage.STAGE__ALLOWED_CLASSES:
				getAllowedClasses().clear();
				getAllowedClasses().addAll((Collection<? extends EcoClass>)newValue);
				return;
			case NoodlePackage.STAGE__ECO_NAMES:
				getEcoNames().clear();
				getEcoNames().addAll((Collection<? extends String>)newValue);
				return;
			case NoodlePackage.STAGE__RANKING:
				setRanking((RankingPolicy)newValue);
				return;
			case NoodlePackage.STAGE__RAILS:
				setRails((StageRails)newValue);
				return;
			case NoodlePackage.STAGE__TRIAL_MEMORY_MB:
				setTrialMemoryMb((Integer)newValue);
				return;
			case NoodlePackage.STAGE__VISUALIZATION:
				setVisualization((Boolean)newValue);
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
			case NoodlePackage.STAGE__STUDY:
				setStudy((Study)null);
				return;
			case NoodlePackage.STAGE__NAME:
				setName(NAME_EDEFAULT);
				return;
			case NoodlePackage.STAGE__TYPE:
				setType(TYPE_EDEFAULT);
				return;
			case NoodlePackage.STAGE__EXECUTION_MODE:
				setExecutionMode(EXECUTION_MODE_EDEFAULT);
				return;
			case NoodlePackage.STAGE__TRIAL_BUDGET:
				setTrialBudget(TRIAL_BUDGET_EDEFAULT);
				return;
			case NoodlePackage.STAGE__SURVIVOR_COUNT:
				setSurvivorCount(SURVIVOR_COUNT_EDEFAULT);
				return;
			case NoodlePackage.STAGE__ALLOWED_CLASSES:
				getAllowedClasses().clear();
				return;
			case NoodlePackage.STAGE__ECO_NAMES:
				getEcoNames().clear();
				return;
			case NoodlePackage.STAGE__RANKING:
				setRanking((RankingPolicy)null);
				return;
			case NoodlePackage.STAGE__RAILS:
				setRails((StageRails)null);
				return;
			case NoodlePackage.STAGE__TRIAL_MEMORY_MB:
				setTrialMemoryMb(TRIAL_MEMORY_MB_EDEFAULT);
				return;
			case NoodlePackage.STAGE__VISUALIZATION:
				setVisualization(VISUALIZATION_EDEFAULT);
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
			case NoodlePackage.STAGE__STUDY:
				return getStudy() != null;
			case NoodlePackage.STAGE__NAME:
				return NAME_EDEFAULT == null ? name != null : !NAME_EDEFAULT.equals(name);
			case NoodlePackage.STAGE__TYPE:
				return type != TYPE_EDEFAULT;
			case NoodlePackage.STAGE__EXECUTION_MODE:
				return executionMode != EXECUTION_MODE_EDEFAULT;
			case NoodlePackage.STAGE__TRIAL_BUDGET:
				return trialBudget != TRIAL_BUDGET_EDEFAULT;
			case NoodlePackage.STAGE__SURVIVOR_COUNT:
				return survivorCount != SURVIVOR_COUNT_EDEFAULT;
			case NoodlePackage.STAGE__ALLOWED_CLASSES:
				return allowedClasses != null && !allowedClasses.isEmpty();
			case NoodlePackage.STAGE__ECO_NAMES:
				return ecoNames != null && !ecoNames.isEmpty();
			case NoodlePackage.STAGE__RANKING:
				return ranking != null;
			case NoodlePackage.STAGE__RAILS:
				return rails != null;
			case NoodlePackage.STAGE__TRIAL_MEMORY_MB:
				return trialMemoryMb != TRIAL_MEMORY_MB_EDEFAULT;
			case NoodlePackage.STAGE__VISUALIZATION:
				return visualization != VISUALIZATION_EDEFAULT;
			case NoodlePackage.STAGE__INDEX:
				return getIndex() != INDEX_EDEFAULT;
			case NoodlePackage.STAGE__INPUTS:
				return !getInputs().isEmpty();
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
		result.append(" (name: ");
		result.append(name);
		result.append(", type: ");
		result.append(type);
		result.append(", executionMode: ");
		result.append(executionMode);
		result.append(", trialBudget: ");
		result.append(trialBudget);
		result.append(", survivorCount: ");
		result.append(survivorCount);
		result.append(", allowedClasses: ");
		result.append(allowedClasses);
		result.append(", ecoNames: ");
		result.append(ecoNames);
		result.append(", trialMemoryMb: ");
		result.append(trialMemoryMb);
		result.append(", visualization: ");
		result.append(visualization);
		result.append(')');
		return result.toString();
	}

} //StageImpl
