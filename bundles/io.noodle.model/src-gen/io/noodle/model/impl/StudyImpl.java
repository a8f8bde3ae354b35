/**
 */
package io.noodle.model.impl;

import io.noodle.model.Case;
import io.noodle.model.DesignSnapshot;
import io.noodle.model.EcoDefinition;
import io.noodle.model.EcoPrior;
import io.noodle.model.GateVerdict;
import io.noodle.model.NoodlePackage;
import io.noodle.model.Objective;
import io.noodle.model.SafetyDomain;
import io.noodle.model.Stage;
import io.noodle.model.StageDependency;
import io.noodle.model.Study;
import io.noodle.model.StudyRails;

import java.util.Collection;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;
import org.eclipse.emf.common.util.EMap;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.EObjectImpl;

import org.eclipse.emf.ecore.util.EDataTypeUniqueEList;
import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.EObjectContainmentWithInverseEList;
import org.eclipse.emf.ecore.util.EcoreEMap;
import org.eclipse.emf.ecore.util.InternalEList;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Study</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link io.noodle.model.impl.StudyImpl#getName <em>Name</em>}</li>
 *   <li>{@link io.noodle.model.impl.StudyImpl#getDescription <em>Description</em>}</li>
 *   <li>{@link io.noodle.model.impl.StudyImpl#getAuthor <em>Author</em>}</li>
 *   <li>{@link io.noodle.model.impl.StudyImpl#getTags <em>Tags</em>}</li>
 *   <li>{@link io.noodle.model.impl.StudyImpl#getSafetyDomain <em>Safety Domain</em>}</li>
 *   <li>{@link io.noodle.model.impl.StudyImpl#getBaseCaseName <em>Base Case Name</em>}</li>
 *   <li>{@link io.noodle.model.impl.StudyImpl#getPdk <em>Pdk</em>}</li>
 *   <li>{@link io.noodle.model.impl.StudyImpl#getMaxConcurrentTrials <em>Max Concurrent Trials</em>}</li>
 *   <li>{@link io.noodle.model.impl.StudyImpl#getExecutor <em>Executor</em>}</li>
 *   <li>{@link io.noodle.model.impl.StudyImpl#getEnvironment <em>Environment</em>}</li>
 *   <li>{@link io.noodle.model.impl.StudyImpl#getMetadata <em>Metadata</em>}</li>
 *   <li>{@link io.noodle.model.impl.StudyImpl#getSnapshot <em>Snapshot</em>}</li>
 *   <li>{@link io.noodle.model.impl.StudyImpl#getEcoWhitelist <em>Eco Whitelist</em>}</li>
 *   <li>{@link io.noodle.model.impl.StudyImpl#getEcoBlacklist <em>Eco Blacklist</em>}</li>
 *   <li>{@link io.noodle.model.impl.StudyImpl#getObjective <em>Objective</em>}</li>
 *   <li>{@link io.noodle.model.impl.StudyImpl#getRails <em>Rails</em>}</li>
 *   <li>{@link io.noodle.model.impl.StudyImpl#getEcos <em>Ecos</em>}</li>
 *   <li>{@link io.noodle.model.impl.StudyImpl#getStages <em>Stages</em>}</li>
 *   <li>{@link io.noodle.model.impl.StudyImpl#getDependencies <em>Dependencies</em>}</li>
 *   <li>{@link io.noodle.model.impl.StudyImpl#getCases <em>Cases</em>}</li>
 *   <li>{@link io.noodle.model.impl.StudyImpl#getVerdicts <em>Verdicts</em>}</li>
 *   <li>{@link io.noodle.model.impl.StudyImpl#getPriors <em>Priors</em>}</li>
 * </ul>
 *
 * @generated
 */
public class StudyImpl extends EObjectImpl implements Study {
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
	 * The default value of the '{@link #getDescription() <em>Description</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDescription()
	 * @generated
	 * @ordered
	 */
	protected static final String DESCRIPTION_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getDescription() <em>Description</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDescription()
	 * @generated
	 * @ordered
	 */
	protected String description = DESCRIPTION_EDEFAULT;

	/**
	 * The default value of the '{@link #getAuthor() <em>Author</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAuthor()
	 * @generated
	 * @ordered
	 */
	protected static final String AUTHOR_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getAuthor() <em>Author</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAuthor()
	 * @generated
	 * @ordered
	 */
	protected String author = AUTHOR_EDEFAULT;

	/**
	 * The cached value of the '{@link #getTags() <em>Tags</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTags()
	 * @generated
	 * @ordered
	 */
	protected EList<String> tags;

	/**
	 * The default value of the '{@link #getSafetyDomain() <em>Safety Domain</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSafetyDomain()
	 * @generated
	 * @ordered
	 */
	protected static final SafetyDomain SAFETY_DOMAIN_EDEFAULT = SafetyDomain.GUARDED;

	/**
	 * The cached value of the '{@link #getSafetyDomain() <em>Safety Domain</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSafetyDomain()
	 * @generated
	 * @ordered
	 */
	protected SafetyDomain safetyDomain = SAFETY_DOMAIN_EDEFAULT;

	/**
	 * The default value of the '{@link #getBaseCaseName() <em>Base Case Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBaseCaseName()
	 * @generated
	 * @ordered
	 */
	protected static final String BASE_CASE_NAME_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getBaseCaseName() <em>Base Case Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBaseCaseName()
	 * @generated
	 * @ordered
	 */
	protected String baseCaseName = BASE_CASE_NAME_EDEFAULT;

	/**
	 * The default value of the '{@link #getPdk() <em>Pdk</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPdk()
	 * @generated
	 * @ordered
	 */
	protected static final String PDK_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getPdk() <em>Pdk</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPdk()
	 * @generated
	 * @ordered
	 */
	protected String pdk = PDK_EDEFAULT;

	/**
	 * The default value of the '{@link #getMaxConcurrentTrials() <em>Max Concurrent Trials</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMaxConcurrentTrials()
	 * @generated
	 * @ordered
	 */
	protected static final int MAX_CONCURRENT_TRIALS_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getMaxConcurrentTrials() <em>Max Concurrent Trials</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMaxConcurrentTrials()
	 * @generated
	 * @ordered
	 */
	protected int maxConcurrentTrials = MAX_CONCURRENT_TRIALS_EDEFAULT;

	/**
	 * The default value of the '{@link #getExecutor() <em>Executor</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getExecutor()
	 * @generated
	 * @ordered
	 */
	protected static final String EXECUTOR_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getExecutor() <em>Executor</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getExecutor()
	 * @generated
	 * @ordered
	 */
	protected String executor = EXECUTOR_EDEFAULT;

	/**
	 * The cached value of the '{@link #getEnvironment() <em>Environment</em>}' map.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEnvironment()
	 * @generated
	 * @ordered
	 */
	protected EMap<String, String> environment;

	/**
	 * The cached value of the '{@link #getMetadata() <em>Metadata</em>}' map.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMetadata()
	 * @generated
	 * @ordered
	 */
	protected EMap<String, String> metadata;

	/**
	 * The cached value of the '{@link #getSnapshot() <em>Snapshot</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSnapshot()
	 * @generated
	 * @ordered
	 */
	protected DesignSnapshot snapshot;

	/**
	 * The cached value of the '{@link #getEcoWhitelist() <em>Eco Whitelist</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEcoWhitelist()
	 * @generated
	 * @ordered
	 */
	protected EList<String> ecoWhitelist;

	/**
	 * The cached value of the '{@link #getEcoBlacklist() <em>Eco Blacklist</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEcoBlacklist()
	 * @generated
	 * @ordered
	 */
	protected EList<String> ecoBlacklist;

	/**
	 * The cached value of the '{@link #getObjective() <em>Objective</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getObjective()
	 * @generated
	 * @ordered
	 */
	protected Objective objective;

	/**
	 * The cached value of the '{@link #getRails() <em>Rails</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRails()
	 * @generated
	 * @ordered
	 */
	protected StudyRails rails;

	/**
	 * The cached value of the '{@link #getEcos() <em>Ecos</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEcos()
	 * @generated
	 * @ordered
	 */
	protected EList<EcoDefinition> ecos;

	/**
	 * The cached value of the '{@link #getStages() <em>Stages</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStages()
	 * @generated
	 * @ordered
	 */
	protected EList<Stage> stages;

	/**
	 * The cached value of the '{@link #getDependencies() <em>Dependencies</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDependencies()
	 * @generated
	 * @ordered
	 */
	protected EList<StageDependency> dependencies;

	/**
	 * The cached value of the '{@link #getCases() <em>Cases</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCases()
	 * @generated
	 * @ordered
	 */
	protected EList<Case> cases;

	/**
	 * The cached value of the '{@link #getVerdicts() <em>Verdicts</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getVerdicts()
	 * @generated
	 * @ordered
	 */
	protected EList<GateVerdict> verdicts;

	/**
	 * The cached value of the '{@link #getPriors() <em>Priors</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPriors()
	 * @generated
	 * @ordered
	 */
	protected EList<EcoPrior> priors;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected StudyImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return NoodlePackage.Literals.STUDY;
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
			eNotify(new ENotificationImpl(this, Notification.SET, NoodlePackage.STUDY__NAME, oldName, name));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getDescription() {
		return description;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDescription(String newDescription) {
		String oldDescription = description;
		description = newDescription;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, NoodlePackage.STUDY__DESCRIPTION, oldDescription, description));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getAuthor() {
		return author;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAuthor(String newAuthor) {
		String oldAuthor = author;
		author = newAuthor;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, NoodlePackage.STUDY__AUTHOR, oldAuthor, author));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<String> getTags() {
		if (tags == null) {
			tags = new EDataTypeUniqueEList<String>(String.class, this, NoodlePackage.STUDY__TAGS);
		}
		return tags;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public SafetyDomain getSafetyDomain() {
		return safetyDomain;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSafetyDomain(SafetyDomain newSafetyDomain) {
		SafetyDomain oldSafetyDomain = safetyDomain;
		safetyDomain = newSafetyDomain == null ? SAFETY_DOMAIN_EDEFAULT : newSafetyDomain;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, NoodlePackage.STUDY__SAFETY_DOMAIN, oldSafetyDomain, safetyDomain));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getBaseCaseName() {
		return baseCaseName;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setBaseCaseName(String newBaseCaseName) {
		String oldBaseCaseName = baseCaseName;
		baseCaseName = newBaseCaseName;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, NoodlePackage.STUDY__BASE_CASE_NAME, oldBaseCaseName, baseCaseName));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getPdk() {
		return pdk;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPdk(String newPdk) {
		String oldPdk = pdk;
		pdk = newPdk;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, NoodlePackage.STUDY__PDK, oldPdk, pdk));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getMaxConcurrentTrials() {
		return maxConcurrentTrials;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMaxConcurrentTrials(int newMaxConcurrentTrials) {
		int oldMaxConcurrentTrials = maxConcurrentTrials;
		maxConcurrentTrials = newMaxConcurrentTrials;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, NoodlePackage.STUDY__MAX_CONCURRENT_TRIALS, oldMaxConcurrentTrials, maxConcurrentTrials));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getExecutor() {
		return executor;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setExecutor(String newExecutor) {
		String oldExecutor = executor;
		executor = newExecutor;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, NoodlePackage.STUDY__EXECUTOR, oldExecutor, executor));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EMap<String, String> getEnvironment() {
		if (environment == null) {
			environment = new EcoreEMap<String,String>(NoodlePackage.Literals.STRING_ENTRY, StringEntryImpl.class, this, NoodlePackage.STUDY__ENVIRONMENT);
		}
		return environment;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EMap<String, String> getMetadata() {
		if (metadata == null) {
			metadata = new EcoreEMap<String,String>(NoodlePackage.Literals.STRING_ENTRY, StringEntryImpl.class, this, NoodlePackage.STUDY__METADATA);
		}
		return metadata;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public DesignSnapshot getSnapshot() {
		return snapshot;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetSnapshot(DesignSnapshot newSnapshot, NotificationChain msgs) {
		DesignSnapshot oldSnapshot = snapshot;
		snapshot = newSnapshot;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, NoodlePackage.STUDY__SNAPSHOT, oldSnapshot, newSnapshot);
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
	public void setSnapshot(DesignSnapshot newSnapshot) {
		if (newSnapshot != snapshot) {
			NotificationChain msgs = null;
			if (snapshot != null)
				msgs = ((InternalEObject)snapshot).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - NoodlePackage.STUDY__SNAPSHOT, null, msgs);
			if (newSnapshot != null)
				msgs = ((InternalEObject)newSnapshot).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - NoodlePackage.STUDY__SNAPSHOT, null, msgs);
			msgs = basicSetSnapshot(newSnapshot, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, NoodlePackage.STUDY__SNAPSHOT, newSnapshot, newSnapshot));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<String> getEcoWhitelist() {
		if (ecoWhitelist == null) {
			ecoWhitelist = new EDataTypeUniqueEList<String>(String.class, this, NoodlePackage.STUDY__ECO_WHITELIST);
		}
		return ecoWhitelist;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<String> getEcoBlacklist() {
		if (ecoBlacklist == null) {
			ecoBlacklist = new EDataTypeUniqueEList<String>(String.class, this, NoodlePackage.STUDY__ECO_BLACKLIST);
		}
		return ecoBlacklist;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Objective getObjective() {
		return objective;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetObjective(Objective newObjective, NotificationChain msgs) {
		Objective oldObjective = objective;
		objective = newObjective;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, NoodlePackage.STUDY__OBJECTIVE, oldObjective, newObjective);
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
	public void setObjective(Objective newObjective) {
		if (newObjective != objective) {
			NotificationChain msgs = null;
			if (objective != null)
				msgs = ((InternalEObject)objective).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - NoodlePackage.STUDY__OBJECTIVE, null, msgs);
			if (newObjective != null)
				msgs = ((InternalEObject)newObjective).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - NoodlePackage.STUDY__OBJECTIVE, null, msgs);
			msgs = basicSetObjective(newObjective, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, NoodlePackage.STUDY__OBJECTIVE, newObjective, newObjective));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public StudyRails getRails() {
		return rails;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetRails(StudyRails newRails, NotificationChain msgs) {
		StudyRails oldRails = rails;
		rails = newRails;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, NoodlePackage.STUDY__RAILS, oldRails, newRails);
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
	public void setRails(StudyRails newRails) {
		if (newRails != rails) {
			NotificationChain msgs = null;
			if (rails != null)
				msgs = ((InternalEObject)rails).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - NoodlePackage.STUDY__RAILS, null, msgs);
			if (newRails != null)
				msgs = ((InternalEObject)newRails).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - NoodlePackage.STUDY__RAILS, null, msgs);
			msgs = basicSetRails(newRails, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, NoodlePackage.STUDY__RAILS, newRails, newRails));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<EcoDefinition> getEcos() {
		if (ecos == null) {
			ecos = new EObjectContainmentEList<EcoDefinition>(EcoDefinition.class, this, NoodlePackage.STUDY__ECOS);
		}
		return ecos;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Stage> getStages() {
		if (stages == null) {
			stages = new EObjectContainmentWithInverseEList<Stage>(Stage.class, this, NoodlePackage.STUDY__STAGES, NoodlePackage.STAGE__STUDY);
		}
		return stages;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<StageDependency> getDependencies() {
		if (dependencies == null) {
			dependencies = new EObjectContainmentEList<StageDependency>(StageDependency.class, this, NoodlePackage.STUDY__DEPENDENCIES);
		}
		return dependencies;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Case> getCases() {
		if (cases == null) {
			cases = new EObjectContainmentEList<Case>(Case.class, this, NoodlePackage.STUDY__CASES);
		}
		return cases;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<GateVerdict> getVerdicts() {
		if (verdicts == null) {
			verdicts = new EObjectContainmentEList<GateVerdict>(GateVerdict.class, this, NoodlePackage.STUDY__VERDICTS);
		}
		return verdicts;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<EcoPrior> getPriors() {
		if (priors == null) {
			priors = new EObjectContainmentEList<EcoPrior>(EcoPrior.class, this, NoodlePackage.STUDY__PRIORS);
		}
		return priors;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Stage findStage(final String name) {
		for (Stage s : getStages()) { if (name != null && name.equals(s.getName())) { return s; } } return null;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@SuppressWarnings("unchecked")
	@Override
	public NotificationChain eInverseAdd(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case NoodlePackage.STUDY__STAGES:
				return ((InternalEList<InternalEObject>)(InternalEList<?>)getStages()).basicAdd(otherEnd, msgs);
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
			case NoodlePackage.STUDY__ENVIRONMENT:
				return ((InternalEList<?>)getEnvironment()).basicRemove(otherEnd, msgs);
			case NoodlePackage.STUDY__METADATA:
				return ((InternalEList<?>)getMetadata()).basicRemove(otherEnd, msgs);
			case NoodlePackage.STUDY__SNAPSHOT:
				return basicSetSnapshot(null, msgs);
			case NoodlePackage.STUDY__OBJECTIVE:
				return basicSetObjective(null, msgs);
			case NoodlePackage.STUDY__RAILS:
				return basicSetRails(null, msgs);
			case NoodlePackage.STUDY__ECOS:
				return ((InternalEList<?>)getEcos()).basicRemove(otherEnd, msgs);
			case NoodlePackage.STUDY__STAGES:
				return ((InternalEList<?>)getStages()).basicRemove(otherEnd, msgs);
			case NoodlePackage.STUDY__DEPENDENCIES:
				return ((InternalEList<?>)getDependencies()).basicRemove(otherEnd, msgs);
			case NoodlePackage.STUDY__CASES:
				return ((InternalEList<?>)getCases()).basicRemove(otherEnd, msgs);
			case NoodlePackage.STUDY__VERDICTS:
				return ((InternalEList<?>)getVerdicts()).basicRemove(otherEnd, msgs);
			case NoodlePackage.STUDY__PRIORS:
				return ((InternalEList<?>)getPriors()).basicRemove(otherEnd, msgs);
		}
		return super.eInverseRemove(otherEnd, featureID, msgs);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case NoodlePackage.STUDY__NAME:
				return getName();
			case NoodlePackage.STUDY__DESCRIPTION:
				return getDescription();
			case NoodlePackage.STUDY__AUTHOR:
				return getAuthor();
			case NoodlePackage.STUDY__TAGS:
				return getTags();
			case NoodlePackage.STUDY__SAFETY_DOMAIN:
				return getSafetyDomain();
			case NoodlePackage.STUDY__BASE_CASE_NAME:
				return getBaseCaseName();
			case NoodlePackage.STUDY__PDK:
				return getPdk();
			case NoodlePackage.STUDY__MAX_CONCURRENT_TRIALS:
				return getMaxConcurrentTrials();
			case NoodlePackage.STUDY__EXECUTOR:
				return getExecutor();
			case NoodlePackage.STUDY__ENVIRONMENT:
				if (coreType) return getEnvironment();
				else return getEnvironment().map();
			case NoodlePackage.STUDY__METADATA:
				if (coreType) return getMetadata();
				else return getMetadata().map();
			case NoodlePackage.STUDY__SNAPSHOT:
				return getSnapshot();
			case NoodlePackage.STUDY__ECO_WHITELIST:
				return getEcoWhitelist();
			case NoodlePackage.STUDY__ECO_BLACKLIST:
				return getEcoBlacklist();
			case NoodlePackage.STUDY__OBJECTIVE:
				return getObjective();
			case NoodlePackage.STUDY__RAILS:
				return getRails();
			case NoodlePackage.STUDY__ECOS:
				return getEcos();
			case NoodlePackage.STUDY__STAGES:
				return getStages();
			case NoodlePackage.STUDY__DEPENDENCIES:
				return getDependencies();
			case NoodlePackage.STUDY__CASES:
				return getCases();
			case NoodlePackage.STUDY__VERDICTS:
				return getVerdicts();
			case NoodlePackage.STUDY__PRIORS:
				return getPriors();
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
			case NoodlePackage.STUDY__NAME:
				setName((String)newValue);
				return;
			case NoodlePackage.STUDY__DESCRIPTION:
				setDescription((String)newValue);
				return;
			case NoodlePackage.STUDY__AUTHOR:
				setAuthor((String)newValue);
				return;
			case NoodlePackage.STUDY__TAGS:
				getTags().clear();
				getTags().addAll((Collection<? extends String>)newValue);
				return;
			case NoodlePackage.STUDY__SAFETY_DOMAIN:
				setSafetyDomain((SafetyDomain)newValue);
				return;
			case NoodlePackage.STUDY__BASE_CASE_NAME:
				setBaseCaseName((String)newValue);
				return;
			case NoodlePackage.STUDY__PDK:
				setPdk((String)newValue);
				return;
			case NoodlePackage.STUDY__MAX_CONCURRENT_TRIALS:
				setMaxConcurrentTrials((Integer)newValue);
				return;
			case NoodlePackage.STUDY__EXECUTOR:
				setExecutor((String)newValue);
				return;
			case NoodlePackage.STUDY__ENVIRONMENT:
				((EStructuralFeature.Setting)getEnvironment()).set(newValue);
				return;
			case NoodlePackage.STUDY__METADATA:
				((EStructuralFeature.Setting)getMetadata()).set(newValue);
				return;
			case NoodlePackage.STUDY__SNAPSHOT:
				setSnapshot((DesignSnapshot)newValue);
				return;
			case NoodlePackage.STUDY__ECO_WHITELIST:
				getEcoWhitelist().clear();
				getEcoWhitelist().addAll((Collection<? extends String>)newValue);
				return;
			case NoodlePackage.STUDY__ECO_BLACKLIST:
				getEcoBlacklist().clear();
				getEcoBlacklist().addAll((Collection<? extends String>)newValue);
				return;
			case NoodlePackage.STUDY__OBJECTIVE:
				setObjective((Objective)newValue);
				return;
			case NoodlePackage.STUDY__RAILS:
				setRails((StudyRails)newValue);
				return;
			case NoodlePackage.STUDY__ECOS:
				getEcos().clear();
				getEcos().addAll((Collection<? extends EcoDefinition>)newValue);
				return;
			case NoodlePackage.STUDY__STAGES:
				getStages().clear();
				getStages().addAll((Collection<? extends Stage>)newValue);
				return;
			case NoodlePackage.STUDY__DEPENDENCIES:
				getDependencies().clear();
				getDependencies().addAll((Collection<? extends StageDependency>)newValue);
				return;
			case NoodlePackage.STUDY__CASES:
				getCases().clear();
				getCases().addAll((Collection<? extends Case>)newValue);
				return;
			case NoodlePackage.STUDY__VERDICTS:
				getVerdicts().clear();
				getVerdicts().addAll((Collection<? extends GateVerdict>)newValue);
				return;
			case NoodlePackage.STUDY__PRIORS:
				getPriors().clear();
				getPriors().addAll((Collection<? extends EcoPrior>)newValue);
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
			case NoodlePackage.STUDY__NAME:
				setName(NAME_EDEFAULT);
				return;
			case NoodlePackage.STUDY__DESCRIPTION:
				setDescription(DESCRIPTION_EDEFAULT);
				return;
			case NoodlePackage.STUDY__AUTHOR:
				setAuthor(AUTHOR_EDEFAULT);
				return;
			case NoodlePackage.STUDY__TAGS:
				getTags().clear();
				return;
			case NoodlePackage.STUDY__SAFETY_DOMAIN:
				setSafetyDomain(SAFETY_DOMAIN_EDEFAULT);
				return;
			case NoodlePackage.STUDY__BASE_CASE_NAME:
				setBaseCaseName(BASE_CASE_NAME_EDEFAULT);
				return;
			case NoodlePackage.STUDY__PDK:
				setPdk(PDK_EDEFAULT);
				return;
			case NoodlePackage.STUDY__MAX_CONCURRENT_TRIALS:
				setMaxConcurrentTrials(MAX_CONCURRENT_TRIALS_EDEFAULT);
				return;
			case NoodlePackage.STUDY__EXECUTOR:
				setExecutor(EXECUTOR_EDEFAULT);
				return;
			case NoodlePackage.STUDY__ENVIRONMENT:
				getEnvironment().clear();
				return;
			case NoodlePackage.STUDY__METADATA:
				getMetadata().clear();
				return;
			case NoodlePackage.STUDY__SNAPSHOT:
				setSnapshot((DesignSnapshot)null);
				return;
			case NoodlePackage.STUDY__ECO_WHITELIST:
				getEcoWhitelist().clear();
				return;
			case NoodlePackage.STUDY__ECO_BLACKLIST:
				getEcoBlacklist().clear();
				return;
			case NoodlePackage.STUDY__OBJECTIVE:
				setObjective((Objective)null);
				return;
			case NoodlePackage.STUDY__RAILS:
				setRails((StudyRails)null);
				return;
			case NoodlePackage.STUDY__ECOS:
				getEcos().clear();
				return;
			case NoodlePackage.STUDY__STAGES:
				getStages().clear();
				return;
			case NoodlePackage.STUDY__DEPENDENCIES:
				getDependencies().clear();
				return;
			case NoodlePackage.STUDY__CASES:
				getCases().clear();
				return;
			case NoodlePackage.STUDY__VERDICTS:
				getVerdicts().clear();
				return;
			case NoodlePackage.STUDY__PRIORS:
				getPriors().clear();
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
			case NoodlePackage.STUDY__NAME:
				return NAME_EDEFAULT == null ? name != null : !NAME_EDEFAULT.equals(name);
			case NoodlePackage.STUDY__DESCRIPTION:
				return DESCRIPTION_EDEFAULT == null ? description != null : !DESCRIPTION_EDEFAULT.equals(description);
			case NoodlePackage.STUDY__AUTHOR:
				return AUTHOR_EDEFAULT == null ? author != null : !AUTHOR_EDEFAULT.equals(author);
			case NoodlePackage.STUDY__TAGS:
				return tags != null && !tags.isEmpty();
			case NoodlePackage.STUDY__SAFETY_DOMAIN:
				return safetyDomain != SAFETY_DOMAIN_EDEFAULT;
			case NoodlePackage.STUDY__BASE_CASE_NAME:
				return BASE_CASE_NAME_EDEFAULT == null ? baseCaseName != null : !BASE_CASE_NAME_EDEFAULT.equals(baseCaseName);
			case NoodlePackage.STUDY__PDK:
				return PDK_EDEFAULT == null ? pdk != null : !PDK_EDEFAULT.equals(pdk);
			case NoodlePackage.STUDY__MAX_CONCURRENT_TRIALS:
				return maxConcurrentTrials != MAX_CONCURRENT_TRIALS_EDEFAULT;
			case NoodlePackage.STUDY__EXECUTOR:
				return EXECUTOR_EDEFAULT == null ? executor != null : !EXECUTOR_EDEFAULT.equals(executor);
			case NoodlePackage.STUDY__ENVIRONMENT:
				return environment != null && !environment.isEmpty();
			case NoodlePackage.STUDY__METADATA:
				return metadata != null && !metadata.isEmpty();
			case NoodlePackage.STUDY__SNAPSHOT:
				return snapshot != null;
			case NoodlePackage.STUDY__ECO_WHITELIST:
				return ecoWhitelist != null && !ecoWhitelist.isEmpty();
			case NoodlePackage.STUDY__ECO_BLACKLIST:
				return ecoBlacklist != null && !ecoBlacklist.isEmpty();
			case NoodlePackage.STUDY__OBJECTIVE:
				return objective != null;
			case NoodlePackage.STUDY__RAILS:
				return rails != null;
			case NoodlePackage.STUDY__ECOS:
				return ecos != null && !ecos.isEmpty();
			case NoodlePackage.STUDY__STAGES:
				return stages != null && !stages.isEmpty();
			case NoodlePackage.STUDY__DEPENDENCIES:
				return dependencies != null && !dependencies.isEmpty();
			case NoodlePackage.STUDY__CASES:
				return cases != null && !cases.isEmpty();
			case NoodlePackage.STUDY__VERDICTS:
				return verdicts != null && !verdicts.isEmpty();
			case NoodlePackage.STUDY__PRIORS:
				return priors != null && !priors.isEmpty();
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
		result.append(", description: ");
		result.append(description);
		result.append(", author: ");
		result.append(author);
		result.append(", tags: ");
		result.append(tags);
		result.append(", safetyDomain: ");
		result.append(safetyDomain);
		result.append(", baseCaseName: ");
		result.append(baseCaseName);
		result.append(", pdk: ");
		result.append(pdk);
		result.append(", maxConcurrentTrials: ");
		result.append(maxConcurrentTrials);
		result.append(", executor: ");
		result.append(executor);
		result.append(", ecoWhitelist: ");
		result.append(ecoWhitelist);
		result.append(", ecoBlacklist: ");
		result.append(ecoBlacklist);
		result.append(')');
		return result.toString();
	}

} //StudyImpl
