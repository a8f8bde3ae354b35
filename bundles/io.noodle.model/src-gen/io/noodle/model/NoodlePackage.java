/**
 */
package io.noodle.model;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EReference;

/**
 * <!-- begin-user-doc -->
 * The <b>Package</b> for the model.
 * It contains accessors for the meta objects to represent
 * <ul>
 *   <li>each class,</li>
 *   <li>each feature of each class,</li>
 *   <li>each enum,</li>
 *   <li>and each data type</li>
 * </ul>
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * Safety-gated ECO studies: a study, its stage DAG, its ECO catalogue, the cases it derives and the verdicts of its gates.
 * <!-- end-model-doc -->
 * @see io.noodle.model.NoodleFactory
 * @model kind="package"
 * @generated
 */
public interface NoodlePackage extends EPackage {
	/**
	 * The package name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNAME = "model";

	/**
	 * The package namespace URI.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNS_URI = "http://noodle.io/model/1.0";

	/**
	 * The package namespace name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNS_PREFIX = "noodle";

	/**
	 * The singleton instance of the package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	NoodlePackage eINSTANCE = io.noodle.model.impl.NoodlePackageImpl.init();

	/**
	 * The meta object id for the '{@link io.noodle.model.impl.StudyImpl <em>Study</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.noodle.model.impl.StudyImpl
	 * @see io.noodle.model.impl.NoodlePackageImpl#getStudy()
	 * @generated
	 */
	int STUDY = 0;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STUDY__NAME = 0;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STUDY__DESCRIPTION = 1;

	/**
	 * The feature id for the '<em><b>Author</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STUDY__AUTHOR = 2;

	/**
	 * The feature id for the '<em><b>Tags</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STUDY__TAGS = 3;

	/**
	 * The feature id for the '<em><b>Safety Domain</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STUDY__SAFETY_DOMAIN = 4;

	/**
	 * The feature id for the '<em><b>Base Case Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STUDY__BASE_CASE_NAME = 5;

	/**
	 * The feature id for the '<em><b>Pdk</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STUDY__PDK = 6;

	/**
	 * The feature id for the '<em><b>Max Concurrent Trials</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STUDY__MAX_CONCURRENT_TRIALS = 7;

	/**
	 * The feature id for the '<em><b>Executor</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STUDY__EXECUTOR = 8;

	/**
	 * The feature id for the '<em><b>Environment</b></em>' map.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STUDY__ENVIRONMENT = 9;

	/**
	 * The feature id for the '<em><b>Metadata</b></em>' map.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STUDY__METADATA = 10;

	/**
	 * The feature id for the '<em><b>Snapshot</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STUDY__SNAPSHOT = 11;

	/**
	 * The feature id for the '<em><b>Eco Whitelist</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STUDY__ECO_WHITELIST = 12;

	/**
	 * The feature id for the '<em><b>Eco Blacklist</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STUDY__ECO_BLACKLIST = 13;

	/**
	 * The feature id for the '<em><b>Objective</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STUDY__OBJECTIVE = 14;

	/**
	 * The feature id for the '<em><b>Rails</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STUDY__RAILS = 15;

	/**
	 * The feature id for the '<em><b>Ecos</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STUDY__ECOS = 16;

	/**
	 * The feature id for the '<em><b>Stages</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STUDY__STAGES = 17;

	/**
	 * The feature id for the '<em><b>Dependencies</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STUDY__DEPENDENCIES = 18;

	/**
	 * The feature id for the '<em><b>Cases</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STUDY__CASES = 19;

	/**
	 * The feature id for the '<em><b>Verdicts</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STUDY__VERDICTS = 20;

	/**
	 * The feature id for the '<em><b>Priors</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STUDY__PRIORS = 21;

	/**
	 * The number of structural features of the '<em>Study</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STUDY_FEATURE_COUNT = 22;

	/**
	 * The meta object id for the '{@link io.noodle.model.impl.StringEntryImpl <em>String Entry</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.noodle.model.impl.StringEntryImpl
	 * @see io.noodle.model.impl.NoodlePackageImpl#getStringEntry()
	 * @generated
	 */
	int STRING_ENTRY = 1;

	/**
	 * The feature id for the '<em><b>Key</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STRING_ENTRY__KEY = 0;

	/**
	 * The feature id for the '<em><b>Value</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STRING_ENTRY__VALUE = 1;

	/**
	 * The number of structural features of the '<em>String Entry</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STRING_ENTRY_FEATURE_COUNT = 2;

	/**
	 * The meta object id for the '{@link io.noodle.model.impl.DesignSnapshotImpl <em>Design Snapshot</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.noodle.model.impl.DesignSnapshotImpl
	 * @see io.noodle.model.impl.NoodlePackageImpl#getDesignSnapshot()
	 * @generated
	 */
	int DESIGN_SNAPSHOT = 2;

	/**
	 * The feature id for the '<em><b>Path</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DESIGN_SNAPSHOT__PATH = 0;

	/**
	 * The feature id for the '<em><b>Sha256</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DESIGN_SNAPSHOT__SHA256 = 1;

	/**
	 * The feature id for the '<em><b>Format</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DESIGN_SNAPSHOT__FORMAT = 2;

	/**
	 * The number of structural features of the '<em>Design Snapshot</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DESIGN_SNAPSHOT_FEATURE_COUNT = 3;

	/**
	 * The meta object id for the '{@link io.noodle.model.impl.ObjectiveImpl <em>Objective</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.noodle.model.impl.ObjectiveImpl
	 * @see io.noodle.model.impl.NoodlePackageImpl#getObjective()
	 * @generated
	 */
	int OBJECTIVE = 3;

	/**
	 * The feature id for the '<em><b>Mode</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OBJECTIVE__MODE = 0;

	/**
	 * The feature id for the '<em><b>Timing Weight</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OBJECTIVE__TIMING_WEIGHT = 1;

	/**
	 * The feature id for the '<em><b>Congestion Weight</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OBJECTIVE__CONGESTION_WEIGHT = 2;

	/**
	 * The feature id for the '<em><b>Metric Order</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OBJECTIVE__METRIC_ORDER = 3;

	/**
	 * The number of structural features of the '<em>Objective</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OBJECTIVE_FEATURE_COUNT = 4;

	/**
	 * The meta object id for the '{@link io.noodle.model.impl.StudyRailsImpl <em>Study Rails</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.noodle.model.impl.StudyRailsImpl
	 * @see io.noodle.model.impl.NoodlePackageImpl#getStudyRails()
	 * @generated
	 */
	int STUDY_RAILS = 4;

	/**
	 * The feature id for the '<em><b>Catastrophic Failures</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STUDY_RAILS__CATASTROPHIC_FAILURES = 0;

	/**
	 * The feature id for the '<em><b>Max Runtime Hours</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STUDY_RAILS__MAX_RUNTIME_HOURS = 1;

	/**
	 * The feature id for the '<em><b>Trial Timeout Seconds</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STUDY_RAILS__TRIAL_TIMEOUT_SECONDS = 2;

	/**
	 * The number of structural features of the '<em>Study Rails</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STUDY_RAILS_FEATURE_COUNT = 3;

	/**
	 * The meta object id for the '{@link io.noodle.model.impl.StageImpl <em>Stage</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.noodle.model.impl.StageImpl
	 * @see io.noodle.model.impl.NoodlePackageImpl#getStage()
	 * @generated
	 */
	int STAGE = 5;

	/**
	 * The feature id for the '<em><b>Study</b></em>' container reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STAGE__STUDY = 0;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STAGE__NAME = 1;

	/**
	 * The feature id for the '<em><b>Type</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STAGE__TYPE = 2;

	/**
	 * The feature id for the '<em><b>Execution Mode</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STAGE__EXECUTION_MODE = 3;

	/**
	 * The feature id for the '<em><b>Trial Budget</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STAGE__TRIAL_BUDGET = 4;

	/**
	 * The feature id for the '<em><b>Survivor Count</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STAGE__SURVIVOR_COUNT = 5;

	/**
	 * The feature id for the '<em><b>Allowed Classes</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STAGE__ALLOWED_CLASSES = 6;

	/**
	 * The feature id for the '<em><b>Eco Names</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STAGE__ECO_NAMES = 7;

	/**
	 * The feature id for the '<em><b>Ranking</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STAGE__RANKING = 8;

	/**
	 * The feature id for the '<em><b>Rails</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STAGE__RAILS = 9;

	/**
	 * The feature id for the '<em><b>Trial Memory Mb</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STAGE__TRIAL_MEMORY_MB = 10;

	/**
	 * The feature id for the '<em><b>Visualization</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STAGE__VISUALIZATION = 11;

	/**
	 * The feature id for the '<em><b>Index</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STAGE__INDEX = 12;

	/**
	 * The feature id for the '<em><b>Inputs</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STAGE__INPUTS = 13;

	/**
	 * The number of structural features of the '<em>Stage</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STAGE_FEATURE_COUNT = 14;

	/**
	 * The meta object id for the '{@link io.noodle.model.impl.StageRailsImpl <em>Stage Rails</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.noodle.model.impl.StageRailsImpl
	 * @see io.noodle.model.impl.NoodlePackageImpl#getStageRails()
	 * @generated
	 */
	int STAGE_RAILS = 6;

	/**
	 * The feature id for the '<em><b>Wns Threshold Ps</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STAGE_RAILS__WNS_THRESHOLD_PS = 0;

	/**
	 * The feature id for the '<em><b>Trial Timeout Seconds</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STAGE_RAILS__TRIAL_TIMEOUT_SECONDS = 1;

	/**
	 * The feature id for the '<em><b>Soft Timeout Seconds</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STAGE_RAILS__SOFT_TIMEOUT_SECONDS = 2;

	/**
	 * The feature id for the '<em><b>Failure Rate</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STAGE_RAILS__FAILURE_RATE = 3;

	/**
	 * The feature id for the '<em><b>Catastrophic Rate</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STAGE_RAILS__CATASTROPHIC_RATE = 4;

	/**
	 * The number of structural features of the '<em>Stage Rails</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STAGE_RAILS_FEATURE_COUNT = 5;

	/**
	 * The meta object id for the '{@link io.noodle.model.impl.RankingPolicyImpl <em>Ranking Policy</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.noodle.model.impl.RankingPolicyImpl
	 * @see io.noodle.model.impl.NoodlePackageImpl#getRankingPolicy()
	 * @generated
	 */
	int RANKING_POLICY = 7;

	/**
	 * The feature id for the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RANKING_POLICY__KIND = 0;

	/**
	 * The feature id for the '<em><b>Timing Weight</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RANKING_POLICY__TIMING_WEIGHT = 1;

	/**
	 * The feature id for the '<em><b>Congestion Weight</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RANKING_POLICY__CONGESTION_WEIGHT = 2;

	/**
	 * The feature id for the '<em><b>Min Diversity</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RANKING_POLICY__MIN_DIVERSITY = 3;

	/**
	 * The feature id for the '<em><b>Always Keep Best</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RANKING_POLICY__ALWAYS_KEEP_BEST = 4;

	/**
	 * The feature id for the '<em><b>Random Survivors</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RANKING_POLICY__RANDOM_SURVIVORS = 5;

	/**
	 * The feature id for the '<em><b>Rollback Threshold Ps</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RANKING_POLICY__ROLLBACK_THRESHOLD_PS = 6;

	/**
	 * The feature id for the '<em><b>Suspicious Skip After Stage</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RANKING_POLICY__SUSPICIOUS_SKIP_AFTER_STAGE = 7;

	/**
	 * The feature id for the '<em><b>Exploration Rate</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RANKING_POLICY__EXPLORATION_RATE = 8;

	/**
	 * The number of structural features of the '<em>Ranking Policy</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RANKING_POLICY_FEATURE_COUNT = 9;

	/**
	 * The meta object id for the '{@link io.noodle.model.impl.StageDependencyImpl <em>Stage Dependency</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.noodle.model.impl.StageDependencyImpl
	 * @see io.noodle.model.impl.NoodlePackageImpl#getStageDependency()
	 * @generated
	 */
	int STAGE_DEPENDENCY = 8;

	/**
	 * The feature id for the '<em><b>From</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STAGE_DEPENDENCY__FROM = 0;

	/**
	 * The feature id for the '<em><b>To</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STAGE_DEPENDENCY__TO = 1;

	/**
	 * The feature id for the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STAGE_DEPENDENCY__KIND = 2;

	/**
	 * The number of structural features of the '<em>Stage Dependency</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STAGE_DEPENDENCY_FEATURE_COUNT = 3;

	/**
	 * The meta object id for the '{@link io.noodle.model.impl.EcoDefinitionImpl <em>Eco Definition</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.noodle.model.impl.EcoDefinitionImpl
	 * @see io.noodle.model.impl.NoodlePackageImpl#getEcoDefinition()
	 * @generated
	 */
	int ECO_DEFINITION = 9;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ECO_DEFINITION__NAME = 0;

	/**
	 * The feature id for the '<em><b>Eco Class</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ECO_DEFINITION__ECO_CLASS = 1;

	/**
	 * The feature id for the '<em><b>Version</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ECO_DEFINITION__VERSION = 2;

	/**
	 * The feature id for the '<em><b>Tags</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ECO_DEFINITION__TAGS = 3;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ECO_DEFINITION__DESCRIPTION = 4;

	/**
	 * The feature id for the '<em><b>Preconditions</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ECO_DEFINITION__PRECONDITIONS = 5;

	/**
	 * The feature id for the '<em><b>Parameters</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ECO_DEFINITION__PARAMETERS = 6;

	/**
	 * The feature id for the '<em><b>Parts</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ECO_DEFINITION__PARTS = 7;

	/**
	 * The feature id for the '<em><b>Rollback Policy</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ECO_DEFINITION__ROLLBACK_POLICY = 8;

	/**
	 * The feature id for the '<em><b>Compound</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ECO_DEFINITION__COMPOUND = 9;

	/**
	 * The feature id for the '<em><b>Effective Class</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ECO_DEFINITION__EFFECTIVE_CLASS = 10;

	/**
	 * The number of structural features of the '<em>Eco Definition</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ECO_DEFINITION_FEATURE_COUNT = 11;

	/**
	 * The meta object id for the '{@link io.noodle.model.impl.EcoParameterImpl <em>Eco Parameter</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.noodle.model.impl.EcoParameterImpl
	 * @see io.noodle.model.impl.NoodlePackageImpl#getEcoParameter()
	 * @generated
	 */
	int ECO_PARAMETER = 10;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ECO_PARAMETER__NAME = 0;

	/**
	 * The feature id for the '<em><b>Type</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ECO_PARAMETER__TYPE = 1;

	/**
	 * The feature id for the '<em><b>Default Value</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ECO_PARAMETER__DEFAULT_VALUE = 2;

	/**
	 * The feature id for the '<em><b>Min</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ECO_PARAMETER__MIN = 3;

	/**
	 * The feature id for the '<em><b>Max</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ECO_PARAMETER__MAX = 4;

	/**
	 * The feature id for the '<em><b>Choices</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ECO_PARAMETER__CHOICES = 5;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ECO_PARAMETER__DESCRIPTION = 6;

	/**
	 * The number of structural features of the '<em>Eco Parameter</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ECO_PARAMETER_FEATURE_COUNT = 7;

	/**
	 * The meta object id for the '{@link io.noodle.model.impl.EcoApplicationImpl <em>Eco Application</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.noodle.model.impl.EcoApplicationImpl
	 * @see io.noodle.model.impl.NoodlePackageImpl#getEcoApplication()
	 * @generated
	 */
	int ECO_APPLICATION = 11;

	/**
	 * The feature id for the '<em><b>Eco Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ECO_APPLICATION__ECO_NAME = 0;

	/**
	 * The feature id for the '<em><b>Arguments</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ECO_APPLICATION__ARGUMENTS = 1;

	/**
	 * The feature id for the '<em><b>Eco</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ECO_APPLICATION__ECO = 2;

	/**
	 * The number of structural features of the '<em>Eco Application</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ECO_APPLICATION_FEATURE_COUNT = 3;

	/**
	 * The meta object id for the '{@link io.noodle.model.impl.ParameterValueImpl <em>Parameter Value</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.noodle.model.impl.ParameterValueImpl
	 * @see io.noodle.model.impl.NoodlePackageImpl#getParameterValue()
	 * @generated
	 */
	int PARAMETER_VALUE = 12;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PARAMETER_VALUE__NAME = 0;

	/**
	 * The feature id for the '<em><b>Value</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PARAMETER_VALUE__VALUE = 1;

	/**
	 * The number of structural features of the '<em>Parameter Value</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PARAMETER_VALUE_FEATURE_COUNT = 2;

	/**
	 * The meta object id for the '{@link io.noodle.model.impl.CaseImpl <em>Case</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.noodle.model.impl.CaseImpl
	 * @see io.noodle.model.impl.NoodlePackageImpl#getCase()
	 * @generated
	 */
	int CASE = 13;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CASE__NAME = 0;

	/**
	 * The feature id for the '<em><b>Parents</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CASE__PARENTS = 1;

	/**
	 * The feature id for the '<em><b>Applied</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CASE__APPLIED = 2;

	/**
	 * The feature id for the '<em><b>State</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CASE__STATE = 3;

	/**
	 * The feature id for the '<em><b>Failure</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CASE__FAILURE = 4;

	/**
	 * The feature id for the '<em><b>Metrics</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CASE__METRICS = 5;

	/**
	 * The feature id for the '<em><b>Snapshot Path</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CASE__SNAPSHOT_PATH = 6;

	/**
	 * The feature id for the '<em><b>Stage Index</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CASE__STAGE_INDEX = 7;

	/**
	 * The feature id for the '<em><b>Derived Index</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CASE__DERIVED_INDEX = 8;

	/**
	 * The number of structural features of the '<em>Case</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CASE_FEATURE_COUNT = 9;

	/**
	 * The meta object id for the '{@link io.noodle.model.impl.FailureImpl <em>Failure</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.noodle.model.impl.FailureImpl
	 * @see io.noodle.model.impl.NoodlePackageImpl#getFailure()
	 * @generated
	 */
	int FAILURE = 14;

	/**
	 * The feature id for the '<em><b>Type</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FAILURE__TYPE = 0;

	/**
	 * The feature id for the '<em><b>Severity</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FAILURE__SEVERITY = 1;

	/**
	 * The feature id for the '<em><b>Scope</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FAILURE__SCOPE = 2;

	/**
	 * The feature id for the '<em><b>Message</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FAILURE__MESSAGE = 3;

	/**
	 * The feature id for the '<em><b>Source</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FAILURE__SOURCE = 4;

	/**
	 * The number of structural features of the '<em>Failure</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FAILURE_FEATURE_COUNT = 5;

	/**
	 * The meta object id for the '{@link io.noodle.model.impl.MetricImpl <em>Metric</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.noodle.model.impl.MetricImpl
	 * @see io.noodle.model.impl.NoodlePackageImpl#getMetric()
	 * @generated
	 */
	int METRIC = 15;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int METRIC__NAME = 0;

	/**
	 * The feature id for the '<em><b>Value</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int METRIC__VALUE = 1;

	/**
	 * The feature id for the '<em><b>Unit</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int METRIC__UNIT = 2;

	/**
	 * The feature id for the '<em><b>Provenance</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int METRIC__PROVENANCE = 3;

	/**
	 * The number of structural features of the '<em>Metric</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int METRIC_FEATURE_COUNT = 4;

	/**
	 * The meta object id for the '{@link io.noodle.model.impl.GateVerdictImpl <em>Gate Verdict</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.noodle.model.impl.GateVerdictImpl
	 * @see io.noodle.model.impl.NoodlePackageImpl#getGateVerdict()
	 * @generated
	 */
	int GATE_VERDICT = 16;

	/**
	 * The feature id for the '<em><b>Rail</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GATE_VERDICT__RAIL = 0;

	/**
	 * The feature id for the '<em><b>Passed</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GATE_VERDICT__PASSED = 1;

	/**
	 * The feature id for the '<em><b>Threshold</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GATE_VERDICT__THRESHOLD = 2;

	/**
	 * The feature id for the '<em><b>Observed</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GATE_VERDICT__OBSERVED = 3;

	/**
	 * The feature id for the '<em><b>Stage</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GATE_VERDICT__STAGE = 4;

	/**
	 * The feature id for the '<em><b>Cases</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GATE_VERDICT__CASES = 5;

	/**
	 * The feature id for the '<em><b>Message</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GATE_VERDICT__MESSAGE = 6;

	/**
	 * The feature id for the '<em><b>Evidence</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GATE_VERDICT__EVIDENCE = 7;

	/**
	 * The number of structural features of the '<em>Gate Verdict</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GATE_VERDICT_FEATURE_COUNT = 8;

	/**
	 * The meta object id for the '{@link io.noodle.model.impl.RunResultsImpl <em>Run Results</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.noodle.model.impl.RunResultsImpl
	 * @see io.noodle.model.impl.NoodlePackageImpl#getRunResults()
	 * @generated
	 */
	int RUN_RESULTS = 17;

	/**
	 * The feature id for the '<em><b>Run Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RUN_RESULTS__RUN_ID = 0;

	/**
	 * The feature id for the '<em><b>Study</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RUN_RESULTS__STUDY = 1;

	/**
	 * The feature id for the '<em><b>Status</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RUN_RESULTS__STATUS = 2;

	/**
	 * The feature id for the '<em><b>Message</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RUN_RESULTS__MESSAGE = 3;

	/**
	 * The feature id for the '<em><b>Best</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RUN_RESULTS__BEST = 4;

	/**
	 * The feature id for the '<em><b>Cases</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RUN_RESULTS__CASES = 5;

	/**
	 * The feature id for the '<em><b>Verdicts</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RUN_RESULTS__VERDICTS = 6;

	/**
	 * The number of structural features of the '<em>Run Results</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RUN_RESULTS_FEATURE_COUNT = 7;

	/**
	 * The meta object id for the '{@link io.noodle.model.impl.EcoPriorImpl <em>Eco Prior</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.noodle.model.impl.EcoPriorImpl
	 * @see io.noodle.model.impl.NoodlePackageImpl#getEcoPrior()
	 * @generated
	 */
	int ECO_PRIOR = 18;

	/**
	 * The feature id for the '<em><b>Eco Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ECO_PRIOR__ECO_NAME = 0;

	/**
	 * The feature id for the '<em><b>Applications</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ECO_PRIOR__APPLICATIONS = 1;

	/**
	 * The feature id for the '<em><b>Successes</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ECO_PRIOR__SUCCESSES = 2;

	/**
	 * The feature id for the '<em><b>Mean Delta Wns Ps</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ECO_PRIOR__MEAN_DELTA_WNS_PS = 3;

	/**
	 * The feature id for the '<em><b>Confidence</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ECO_PRIOR__CONFIDENCE = 4;

	/**
	 * The number of structural features of the '<em>Eco Prior</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ECO_PRIOR_FEATURE_COUNT = 5;

	/**
	 * The meta object id for the '{@link io.noodle.model.SafetyDomain <em>Safety Domain</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.noodle.model.SafetyDomain
	 * @see io.noodle.model.impl.NoodlePackageImpl#getSafetyDomain()
	 * @generated
	 */
	int SAFETY_DOMAIN = 19;

	/**
	 * The meta object id for the '{@link io.noodle.model.EcoClass <em>Eco Class</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.noodle.model.EcoClass
	 * @see io.noodle.model.impl.NoodlePackageImpl#getEcoClass()
	 * @generated
	 */
	int ECO_CLASS = 20;

	/**
	 * The meta object id for the '{@link io.noodle.model.StageType <em>Stage Type</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.noodle.model.StageType
	 * @see io.noodle.model.impl.NoodlePackageImpl#getStageType()
	 * @generated
	 */
	int STAGE_TYPE = 21;

	/**
	 * The meta object id for the '{@link io.noodle.model.ExecutionMode <em>Execution Mode</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.noodle.model.ExecutionMode
	 * @see io.noodle.model.impl.NoodlePackageImpl#getExecutionMode()
	 * @generated
	 */
	int EXECUTION_MODE = 22;

	/**
	 * The meta object id for the '{@link io.noodle.model.RankingPolicyKind <em>Ranking Policy Kind</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.noodle.model.RankingPolicyKind
	 * @see io.noodle.model.impl.NoodlePackageImpl#getRankingPolicyKind()
	 * @generated
	 */
	int RANKING_POLICY_KIND = 23;

	/**
	 * The meta object id for the '{@link io.noodle.model.ObjectiveMode <em>Objective Mode</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.noodle.model.ObjectiveMode
	 * @see io.noodle.model.impl.NoodlePackageImpl#getObjectiveMode()
	 * @generated
	 */
	int OBJECTIVE_MODE = 24;

	/**
	 * The meta object id for the '{@link io.noodle.model.DependencyKind <em>Dependency Kind</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.noodle.model.DependencyKind
	 * @see io.noodle.model.impl.NoodlePackageImpl#getDependencyKind()
	 * @generated
	 */
	int DEPENDENCY_KIND = 25;

	/**
	 * The meta object id for the '{@link io.noodle.model.CaseState <em>Case State</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.noodle.model.CaseState
	 * @see io.noodle.model.impl.NoodlePackageImpl#getCaseState()
	 * @generated
	 */
	int CASE_STATE = 26;

	/**
	 * The meta object id for the '{@link io.noodle.model.FailureType <em>Failure Type</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.noodle.model.FailureType
	 * @see io.noodle.model.impl.NoodlePackageImpl#getFailureType()
	 * @generated
	 */
	int FAILURE_TYPE = 27;

	/**
	 * The meta object id for the '{@link io.noodle.model.Severity <em>Severity</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.noodle.model.Severity
	 * @see io.noodle.model.impl.NoodlePackageImpl#getSeverity()
	 * @generated
	 */
	int SEVERITY = 28;

	/**
	 * The meta object id for the '{@link io.noodle.model.ContainmentScope <em>Containment Scope</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.noodle.model.ContainmentScope
	 * @see io.noodle.model.impl.NoodlePackageImpl#getContainmentScope()
	 * @generated
	 */
	int CONTAINMENT_SCOPE = 29;

	/**
	 * The meta object id for the '{@link io.noodle.model.ParameterType <em>Parameter Type</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.noodle.model.ParameterType
	 * @see io.noodle.model.impl.NoodlePackageImpl#getParameterType()
	 * @generated
	 */
	int PARAMETER_TYPE = 30;

	/**
	 * The meta object id for the '{@link io.noodle.model.RollbackPolicy <em>Rollback Policy</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.noodle.model.RollbackPolicy
	 * @see io.noodle.model.impl.NoodlePackageImpl#getRollbackPolicy()
	 * @generated
	 */
	int ROLLBACK_POLICY = 31;

	/**
	 * The meta object id for the '{@link io.noodle.model.PriorConfidence <em>Prior Confidence</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.noodle.model.PriorConfidence
	 * @see io.noodle.model.impl.NoodlePackageImpl#getPriorConfidence()
	 * @generated
	 */
	int PRIOR_CONFIDENCE = 32;

	/**
	 * The meta object id for the '<em>Provenance</em>' data type.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.noodle.model.derived.SourceLine
	 * @see io.noodle.model.impl.NoodlePackageImpl#getProvenance()
	 * @generated
	 */
	int PROVENANCE = 33;


	/**
	 * Returns the meta object for class '{@link io.noodle.model.Study <em>Study</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Study</em>'.
	 * @see io.noodle.model.Study
	 * @generated
	 */
	EClass getStudy();

	/**
	 * Returns the meta object for the attribute '{@link io.noodle.model.Study#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see io.noodle.model.Study#getName()
	 * @see #getStudy()
	 * @generated
	 */
	EAttribute getStudy_Name();

	/**
	 * Returns the meta object for the attribute '{@link io.noodle.model.Study#getDescription <em>Description</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Description</em>'.
	 * @see io.noodle.model.Study#getDescription()
	 * @see #getStudy()
	 * @generated
	 */
	EAttribute getStudy_Description();

	/**
	 * Returns the meta object for the attribute '{@link io.noodle.model.Study#getAuthor <em>Author</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Author</em>'.
	 * @see io.noodle.model.Study#getAuthor()
	 * @see #getStudy()
	 * @generated
	 */
	EAttribute getStudy_Author();

	/**
	 * Returns the meta object for the attribute list '{@link io.noodle.model.Study#getTags <em>Tags</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Tags</em>'.
	 * @see io.noodle.model.Study#getTags()
	 * @see #getStudy()
	 * @generated
	 */
	EAttribute getStudy_Tags();

	/**
	 * Returns the meta object for the attribute '{@link io.noodle.model.Study#getSafetyDomain <em>Safety Domain</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Safety Domain</em>'.
	 * @see io.noodle.model.Study#getSafetyDomain()
	 * @see #getStudy()
	 * @generated
	 */
	EAttribute getStudy_SafetyDomain();

	/**
	 * Returns the meta object for the attribute '{@link io.noodle.model.Study#getBaseCaseName <em>Base Case Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Base Case Name</em>'.
	 * @see io.noodle.model.Study#getBaseCaseName()
	 * @see #getStudy()
	 * @generated
	 */
	EAttribute getStudy_BaseCaseName();

	/**
	 * Returns the meta object for the attribute '{@link io.noodle.model.Study#getPdk <em>Pdk</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Pdk</em>'.
	 * @see io.noodle.model.Study#getPdk()
	 * @see #getStudy()
	 * @generated
	 */
	EAttribute getStudy_Pdk();

	/**
	 * Returns the meta object for the attribute '{@link io.noodle.model.Study#getMaxConcurrentTrials <em>Max Concurrent Trials</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Max Concurrent Trials</em>'.
	 * @see io.noodle.model.Study#getMaxConcurrentTrials()
	 * @see #getStudy()
	 * @generated
	 */
	EAttribute getStudy_MaxConcurrentTrials();

	/**
	 * Returns the meta object for the attribute '{@link io.noodle.model.Study#getExecutor <em>Executor</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Executor</em>'.
	 * @see io.noodle.model.Study#getExecutor()
	 * @see #getStudy()
	 * @generated
	 */
	EAttribute getStudy_Executor();

	/**
	 * Returns the meta object for the map '{@link io.noodle.model.Study#getEnvironment <em>Environment</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the map '<em>Environment</em>'.
	 * @see io.noodle.model.Study#getEnvironment()
	 * @see #getStudy()
	 * @generated
	 */
	EReference getStudy_Environment();

	/**
	 * Returns the meta object for the map '{@link io.noodle.model.Study#getMetadata <em>Metadata</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the map '<em>Metadata</em>'.
	 * @see io.noodle.model.Study#getMetadata()
	 * @see #getStudy()
	 * @generated
	 */
	EReference getStudy_Metadata();

	/**
	 * Returns the meta object for the containment reference '{@link io.noodle.model.Study#getSnapshot <em>Snapshot</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Snapshot</em>'.
	 * @see io.noodle.model.Study#getSnapshot()
	 * @see #getStudy()
	 * @generated
	 */
	EReference getStudy_Snapshot();

	/**
	 * Returns the meta object for the attribute list '{@link io.noodle.model.Study#getEcoWhitelist <em>Eco Whitelist</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Eco Whitelist</em>'.
	 * @see io.noodle.model.Study#getEcoWhitelist()
	 * @see #getStudy()
	 * @generated
	 */
	EAttribute getStudy_EcoWhitelist();

	/**
	 * Returns the meta object for the attribute list '{@link io.noodle.model.Study#getEcoBlacklist <em>Eco Blacklist</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Eco Blacklist</em>'.
	 * @see io.noodle.model.Study#getEcoBlacklist()
	 * @see #getStudy()
	 * @generated
	 */
	EAttribute getStudy_EcoBlacklist();

	/**
	 * Returns the meta object for the containment reference '{@link io.noodle.model.Study#getObjective <em>Objective</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Objective</em>'.
	 * @see io.noodle.model.Study#getObjective()
	 * @see #getStudy()
	 * @generated
	 */
	EReference getStudy_Objective();

	/**
	 * Returns the meta object for the containment reference '{@link io.noodle.model.Study#getRails <em>Rails</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Rails</em>'.
	 * @see io.noodle.model.Study#getRails()
	 * @see #getStudy()
	 * @generated
	 */
	EReference getStudy_Rails();

	/**
	 * Returns the meta object for the containment reference list '{@link io.noodle.model.Study#getEcos <em>Ecos</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Ecos</em>'.
	 * @see io.noodle.model.Study#getEcos()
	 * @see #getStudy()
	 * @generated
	 */
	EReference getStudy_Ecos();

	/**
	 * Returns the meta object for the containment reference list '{@link io.noodle.model.Study#getStages <em>Stages</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Stages</em>'.
	 * @see io.noodle.model.Study#getStages()
	 * @see #getStudy()
	 * @generated
	 */
	EReference getStudy_Stages();

	/**
	 * Returns the meta object for the containment reference list '{@link io.noodle.model.Study#getDependencies <em>Dependencies</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Dependencies</em>'.
	 * @see io.noodle.model.Study#getDependencies()
	 * @see #getStudy()
	 * @generated
	 */
	EReference getStudy_Dependencies();

	/**
	 * Returns the meta object for the containment reference list '{@link io.noodle.model.Study#getCases <em>Cases</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Cases</em>'.
	 * @see io.noodle.model.Study#getCases()
	 * @see #getStudy()
	 * @generated
	 */
	EReference getStudy_Cases();

	/**
	 * Returns the meta object for the containment reference list '{@link io.noodle.model.Study#getVerdicts <em>Verdicts</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Verdicts</em>'.
	 * @see io.noodle.model.Study#getVerdicts()
	 * @see #getStudy()
	 * @generated
	 */
	EReference getStudy_Verdicts();

	/**
	 * Returns the meta object for the containment reference list '{@link io.noodle.model.Study#getPriors <em>Priors</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Priors</em>'.
	 * @see io.noodle.model.Study#getPriors()
	 * @see #getStudy()
	 * @generated
	 */
	EReference getStudy_Priors();

	/**
	 * Returns the meta object for class '{@link java.util.Map.Entry <em>String Entry</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>String Entry</em>'.
	 * @see java.util.Map.Entry
	 * @model keyDataType="org.eclipse.emf.ecore.EString" keyRequired="true"
	 *        valueDataType="org.eclipse.emf.ecore.EString"
	 * @generated
	 */
	EClass getStringEntry();

	/**
	 * Returns the meta object for the attribute '{@link java.util.Map.Entry <em>Key</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Key</em>'.
	 * @see java.util.Map.Entry
	 * @see #getStringEntry()
	 * @generated
	 */
	EAttribute getStringEntry_Key();

	/**
	 * Returns the meta object for the attribute '{@link java.util.Map.Entry <em>Value</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Value</em>'.
	 * @see java.util.Map.Entry
	 * @see #getStringEntry()
	 * @generated
	 */
	EAttribute getStringEntry_Value();

	/**
	 * Returns the meta object for class '{@link io.noodle.model.DesignSnapshot <em>Design Snapshot</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Design Snapshot</em>'.
	 * @see io.noodle.model.DesignSnapshot
	 * @generated
	 */
	EClass getDesignSnapshot();

	/**
	 * Returns the meta object for the attribute '{@link io.noodle.model.DesignSnapshot#getPath <em>Path</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Path</em>'.
	 * @see io.noodle.model.DesignSnapshot#getPath()
	 * @see #getDesignSnapshot()
	 * @generated
	 */
	EAttribute getDesignSnapshot_Path();

	/**
	 * Returns the meta object for the attribute '{@link io.noodle.model.DesignSnapshot#getSha256 <em>Sha256</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Sha256</em>'.
	 * @see io.noodle.model.DesignSnapshot#getSha256()
	 * @see #getDesignSnapshot()
	 * @generated
	 */
	EAttribute getDesignSnapshot_Sha256();

	/**
	 * Returns the meta object for the attribute '{@link io.noodle.model.DesignSnapshot#getFormat <em>Format</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Format</em>'.
	 * @see io.noodle.model.DesignSnapshot#getFormat()
	 * @see #getDesignSnapshot()
	 * @generated
	 */
	EAttribute getDesignSnapshot_Format();

	/**
	 * Returns the meta object for class '{@link io.noodle.model.Objective <em>Objective</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Objective</em>'.
	 * @see io.noodle.model.Objective
	 * @generated
	 */
	EClass getObjective();

	/**
	 * Returns the meta object for the attribute '{@link io.noodle.model.Objective#getMode <em>Mode</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Mode</em>'.
	 * @see io.noodle.model.Objective#getMode()
	 * @see #getObjective()
	 * @generated
	 */
	EAttribute getObjective_Mode();

	/**
	 * Returns the meta object for the attribute '{@link io.noodle.model.Objective#getTimingWeight <em>Timing Weight</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Timing Weight</em>'.
	 * @see io.noodle.model.Objective#getTimingWeight()
	 * @see #getObjective()
	 * @generated
	 */
	EAttribute getObjective_TimingWeight();

	/**
	 * Returns the meta object for the attribute '{@link io.noodle.model.Objective#getCongestionWeight <em>Congestion Weight</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Congestion Weight</em>'.
	 * @see io.noodle.model.Objective#getCongestionWeight()
	 * @see #getObjective()
	 * @generated
	 */
	EAttribute getObjective_CongestionWeight();

	/**
	 * Returns the meta object for the attribute list '{@link io.noodle.model.Objective#getMetricOrder <em>Metric Order</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Metric Order</em>'.
	 * @see io.noodle.model.Objective#getMetricOrder()
	 * @see #getObjective()
	 * @generated
	 */
	EAttribute getObjective_MetricOrder();

	/**
	 * Returns the meta object for class '{@link io.noodle.model.StudyRails <em>Study Rails</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Study Rails</em>'.
	 * @see io.noodle.model.StudyRails
	 * @generated
	 */
	EClass getStudyRails();

	/**
	 * Returns the meta object for the attribute '{@link io.noodle.model.StudyRails#getCatastrophicFailures <em>Catastrophic Failures</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Catastrophic Failures</em>'.
	 * @see io.noodle.model.StudyRails#getCatastrophicFailures()
	 * @see #getStudyRails()
	 * @generated
	 */
	EAttribute getStudyRails_CatastrophicFailures();

	/**
	 * Returns the meta object for the attribute '{@link io.noodle.model.StudyRails#getMaxRuntimeHours <em>Max Runtime Hours</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Max Runtime Hours</em>'.
	 * @see io.noodle.model.StudyRails#getMaxRuntimeHours()
	 * @see #getStudyRails()
	 * @generated
	 */
	EAttribute getStudyRails_MaxRuntimeHours();

	/**
	 * Returns the meta object for the attribute '{@link io.noodle.model.StudyRails#getTrialTimeoutSeconds <em>Trial Timeout Seconds</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Trial Timeout Seconds</em>'.
	 * @see io.noodle.model.StudyRails#getTrialTimeoutSeconds()
	 * @see #getStudyRails()
	 * @generated
	 */
	EAttribute getStudyRails_TrialTimeoutSeconds();

	/**
	 * Returns the meta object for class '{@link io.noodle.model.Stage <em>Stage</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Stage</em>'.
	 * @see io.noodle.model.Stage
	 * @generated
	 */
	EClass getStage();

	/**
	 * Returns the meta object for the container reference '{@link io.noodle.model.Stage#getStudy <em>Study</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the container reference '<em>Study</em>'.
	 * @see io.noodle.model.Stage#getStudy()
	 * @see #getStage()
	 * @generated
	 */
	EReference getStage_Study();

	/**
	 * Returns the meta object for the attribute '{@link io.noodle.model.Stage#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see io.noodle.model.Stage#getName()
	 * @see #getStage()
	 * @generated
	 */
	EAttribute getStage_Name();

	/**
	 * Returns the meta object for the attribute '{@link io.noodle.model.Stage#getType <em>Type</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Type</em>'.
	 * @see io.noodle.model.Stage#getType()
	 * @see #getStage()
	 * @generated
	 */
	EAttribute getStage_Type();

	/**
	 * Returns the meta object for the attribute '{@link io.noodle.model.Stage#getExecutionMode <em>Execution Mode</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Execution Mode</em>'.
	 * @see io.noodle.model.Stage#getExecutionMode()
	 * @see #getStage()
	 * @generated
	 */
	EAttribute getStage_ExecutionMode();

	/**
	 * Returns the meta object for the attribute '{@link io.noodle.model.Stage#getTrialBudget <em>Trial Budget</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Trial Budget</em>'.
	 * @see io.noodle.model.Stage#getTrialBudget()
	 * @see #getStage()
	 * @generated
	 */
	EAttribute getStage_TrialBudget();

	/**
	 * Returns the meta object for the attribute '{@link io.noodle.model.Stage#getSurvivorCount <em>Survivor Count</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Survivor Count</em>'.
	 * @see io.noodle.model.Stage#getSurvivorCount()
	 * @see #getStage()
	 * @generated
	 */
	EAttribute getStage_SurvivorCount();

	/**
	 * Returns the meta object for the attribute list '{@link io.noodle.model.Stage#getAllowedClasses <em>Allowed Classes</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Allowed Classes</em>'.
	 * @see io.noodle.model.Stage#getAllowedClasses()
	 * @see #getStage()
	 * @generated
	 */
	EAttribute getStage_AllowedClasses();

	/**
	 * Returns the meta object for the attribute list '{@link io.noodle.model.Stage#getEcoNames <em>Eco Names</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Eco Names</em>'.
	 * @see io.noodle.model.Stage#getEcoNames()
	 * @see #getStage()
	 * @generated
	 */
	EAttribute getStage_EcoNames();

	/**
	 * Returns the meta object for the containment reference '{@link io.noodle.model.Stage#getRanking <em>Ranking</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Ranking</em>'.
	 * @see io.noodle.model.Stage#getRanking()
	 * @see #getStage()
	 * @generated
	 */
	EReference getStage_Ranking();

	/**
	 * Returns the meta object for the containment reference '{@link io.noodle.model.Stage#getRails <em>Rails</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Rails</em>'.
	 * @see io.noodle.model.Stage#getRails()
	 * @see #getStage()
	 * @generated
	 */
	EReference getStage_Rails();

	/**
	 * Returns the meta object for the attribute '{@link io.noodle.model.Stage#getTrialMemoryMb <em>Trial Memory Mb</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Trial Memory Mb</em>'.
	 * @see io.noodle.model.Stage#getTrialMemoryMb()
	 * @see #getStage()
	 * @generated
	 */
	EAttribute getStage_TrialMemoryMb();

	/**
	 * Returns the meta object for the attribute '{@link io.noodle.model.Stage#isVisualization <em>Visualization</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Visualization</em>'.
	 * @see io.noodle.model.Stage#isVisualization()
	 * @see #getStage()
	 * @generated
	 */
	EAttribute getStage_Visualization();

	/**
	 * Returns the meta object for the attribute '{@link io.noodle.model.Stage#getIndex <em>Index</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Index</em>'.
	 * @see io.noodle.model.Stage#getIndex()
	 * @see #getStage()
	 * @generated
	 */
	EAttribute getStage_Index();

	/**
	 * Returns the meta object for the reference list '{@link io.noodle.model.Stage#getInputs <em>Inputs</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Inputs</em>'.
	 * @see io.noodle.model.Stage#getInputs()
	 * @see #getStage()
	 * @generated
	 */
	EReference getStage_Inputs();

	/**
	 * Returns the meta object for class '{@link io.noodle.model.StageRails <em>Stage Rails</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Stage Rails</em>'.
	 * @see io.noodle.model.StageRails
	 * @generated
	 */
	EClass getStageRails();

	/**
	 * Returns the meta object for the attribute '{@link io.noodle.model.StageRails#getWnsThresholdPs <em>Wns Threshold Ps</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Wns Threshold Ps</em>'.
	 * @see io.noodle.model.StageRails#getWnsThresholdPs()
	 * @see #getStageRails()
	 * @generated
	 */
	EAttribute getStageRails_WnsThresholdPs();

	/**
	 * Returns the meta object for the attribute '{@link io.noodle.model.StageRails#getTrialTimeoutSeconds <em>Trial Timeout Seconds</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Trial Timeout Seconds</em>'.
	 * @see io.noodle.model.StageRails#getTrialTimeoutSeconds()
	 * @see #getStageRails()
	 * @generated
	 */
	EAttribute getStageRails_TrialTimeoutSeconds();

	/**
	 * Returns the meta object for the attribute '{@link io.noodle.model.StageRails#getSoftTimeoutSeconds <em>Soft Timeout Seconds</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Soft Timeout Seconds</em>'.
	 * @see io.noodle.model.StageRails#getSoftTimeoutSeconds()
	 * @see #getStageRails()
	 * @generated
	 */
	EAttribute getStageRails_SoftTimeoutSeconds();

	/**
	 * Returns the meta object for the attribute '{@link io.noodle.model.StageRails#getFailureRate <em>Failure Rate</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Failure Rate</em>'.
	 * @see io.noodle.model.StageRails#getFailureRate()
	 * @see #getStageRails()
	 * @generated
	 */
	EAttribute getStageRails_FailureRate();

	/**
	 * Returns the meta object for the attribute '{@link io.noodle.model.StageRails#getCatastrophicRate <em>Catastrophic Rate</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Catastrophic Rate</em>'.
	 * @see io.noodle.model.StageRails#getCatastrophicRate()
	 * @see #getStageRails()
	 * @generated
	 */
	EAttribute getStageRails_CatastrophicRate();

	/**
	 * Returns the meta object for class '{@link io.noodle.model.RankingPolicy <em>Ranking Policy</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Ranking Policy</em>'.
	 * @see io.noodle.model.RankingPolicy
	 * @generated
	 */
	EClass getRankingPolicy();

	/**
	 * Returns the meta object for the attribute '{@link io.noodle.model.RankingPolicy#getKind <em>Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kind</em>'.
	 * @see io.noodle.model.RankingPolicy#getKind()
	 * @see #getRankingPolicy()
	 * @generated
	 */
	EAttribute getRankingPolicy_Kind();

	/**
	 * Returns the meta object for the attribute '{@link io.noodle.model.RankingPolicy#getTimingWeight <em>Timing Weight</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Timing Weight</em>'.
	 * @see io.noodle.model.RankingPolicy#getTimingWeight()
	 * @see #getRankingPolicy()
	 * @generated
	 */
	EAttribute getRankingPolicy_TimingWeight();

	/**
	 * Returns the meta object for the attribute '{@link io.noodle.model.RankingPolicy#getCongestionWeight <em>Congestion Weight</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Congestion Weight</em>'.
	 * @see io.noodle.model.RankingPolicy#getCongestionWeight()
	 * @see #getRankingPolicy()
	 * @generated
	 */
	EAttribute getRankingPolicy_CongestionWeight();

	/**
	 * Returns the meta object for the attribute '{@link io.noodle.model.RankingPolicy#getMinDiversity <em>Min Diversity</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Min Diversity</em>'.
	 * @see io.noodle.model.RankingPolicy#getMinDiversity()
	 * @see #getRankingPolicy()
	 * @generated
	 */
	EAttribute getRankingPolicy_MinDiversity();

	/**
	 * Returns the meta object for the attribute '{@link io.noodle.model.RankingPolicy#isAlwaysKeepBest <em>Always Keep Best</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Always Keep Best</em>'.
	 * @see io.noodle.model.RankingPolicy#isAlwaysKeepBest()
	 * @see #getRankingPolicy()
	 * @generated
	 */
	EAttribute getRankingPolicy_AlwaysKeepBest();

	/**
	 * Returns the meta object for the attribute '{@link io.noodle.model.RankingPolicy#getRandomSurvivors <em>Random Survivors</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Random Survivors</em>'.
	 * @see io.noodle.model.RankingPolicy#getRandomSurvivors()
	 * @see #getRankingPolicy()
	 * @generated
	 */
	EAttribute getRankingPolicy_RandomSurvivors();

	/**
	 * Returns the meta object for the attribute '{@link io.noodle.model.RankingPolicy#getRollbackThresholdPs <em>Rollback Threshold Ps</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Rollback Threshold Ps</em>'.
	 * @see io.noodle.model.RankingPolicy#getRollbackThresholdPs()
	 * @see #getRankingPolicy()
	 * @generated
	 */
	EAttribute getRankingPolicy_RollbackThresholdPs();

	/**
	 * Returns the meta object for the attribute '{@link io.noodle.model.RankingPolicy#getSuspiciousSkipAfterStage <em>Suspicious Skip After Stage</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Suspicious Skip After Stage</em>'.
	 * @see io.noodle.model.RankingPolicy#getSuspiciousSkipAfterStage()
	 * @see #getRankingPolicy()
	 * @generated
	 */
	EAttribute getRankingPolicy_SuspiciousSkipAfterStage();

	/**
	 * Returns the meta object for the attribute '{@link io.noodle.model.RankingPolicy#getExplorationRate <em>Exploration Rate</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Exploration Rate</em>'.
	 * @see io.noodle.model.RankingPolicy#getExplorationRate()
	 * @see #getRankingPolicy()
	 * @generated
	 */
	EAttribute getRankingPolicy_ExplorationRate();

	/**
	 * Returns the meta object for class '{@link io.noodle.model.StageDependency <em>Stage Dependency</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Stage Dependency</em>'.
	 * @see io.noodle.model.StageDependency
	 * @generated
	 */
	EClass getStageDependency();

	/**
	 * Returns the meta object for the reference '{@link io.noodle.model.StageDependency#getFrom <em>From</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>From</em>'.
	 * @see io.noodle.model.StageDependency#getFrom()
	 * @see #getStageDependency()
	 * @generated
	 */
	EReference getStageDependency_From();

	/**
	 * Returns the meta object for the reference '{@link io.noodle.model.StageDependency#getTo <em>To</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>To</em>'.
	 * @see io.noodle.model.StageDependency#getTo()
	 * @see #getStageDependency()
	 * @generated
	 */
	EReference getStageDependency_To();

	/**
	 * Returns the meta object for the attribute '{@link io.noodle.model.StageDependency#getKind <em>Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kind</em>'.
	 * @see io.noodle.model.StageDependency#getKind()
	 * @see #getStageDependency()
	 * @generated
	 */
	EAttribute getStageDependency_Kind();

	/**
	 * Returns the meta object for class '{@link io.noodle.model.EcoDefinition <em>Eco Definition</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Eco Definition</em>'.
	 * @see io.noodle.model.EcoDefinition
	 * @generated
	 */
	EClass getEcoDefinition();

	/**
	 * Returns the meta object for the attribute '{@link io.noodle.model.EcoDefinition#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see io.noodle.model.EcoDefinition#getName()
	 * @see #getEcoDefinition()
	 * @generated
	 */
	EAttribute getEcoDefinition_Name();

	/**
	 * Returns the meta object for the attribute '{@link io.noodle.model.EcoDefinition#getEcoClass <em>Eco Class</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Eco Class</em>'.
	 * @see io.noodle.model.EcoDefinition#getEcoClass()
	 * @see #getEcoDefinition()
	 * @generated
	 */
	EAttribute getEcoDefinition_EcoClass();

	/**
	 * Returns the meta object for the attribute '{@link io.noodle.model.EcoDefinition#getVersion <em>Version</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Version</em>'.
	 * @see io.noodle.model.EcoDefinition#getVersion()
	 * @see #getEcoDefinition()
	 * @generated
	 */
	EAttribute getEcoDefinition_Version();

	/**
	 * Returns the meta object for the attribute list '{@link io.noodle.model.EcoDefinition#getTags <em>Tags</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Tags</em>'.
	 * @see io.noodle.model.EcoDefinition#getTags()
	 * @see #getEcoDefinition()
	 * @generated
	 */
	EAttribute getEcoDefinition_Tags();

	/**
	 * Returns the meta object for the attribute '{@link io.noodle.model.EcoDefinition#getDescription <em>Description</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Description</em>'.
	 * @see io.noodle.model.EcoDefinition#getDescription()
	 * @see #getEcoDefinition()
	 * @generated
	 */
	EAttribute getEcoDefinition_Description();

	/**
	 * Returns the meta object for the attribute list '{@link io.noodle.model.EcoDefinition#getPreconditions <em>Preconditions</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Preconditions</em>'.
	 * @see io.noodle.model.EcoDefinition#getPreconditions()
	 * @see #getEcoDefinition()
	 * @generated
	 */
	EAttribute getEcoDefinition_Preconditions();

	/**
	 * Returns the meta object for the containment reference list '{@link io.noodle.model.EcoDefinition#getParameters <em>Parameters</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Parameters</em>'.
	 * @see io.noodle.model.EcoDefinition#getParameters()
	 * @see #getEcoDefinition()
	 * @generated
	 */
	EReference getEcoDefinition_Parameters();

	/**
	 * Returns the meta object for the reference list '{@link io.noodle.model.EcoDefinition#getParts <em>Parts</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Parts</em>'.
	 * @see io.noodle.model.EcoDefinition#getParts()
	 * @see #getEcoDefinition()
	 * @generated
	 */
	EReference getEcoDefinition_Parts();

	/**
	 * Returns the meta object for the attribute '{@link io.noodle.model.EcoDefinition#getRollbackPolicy <em>Rollback Policy</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Rollback Policy</em>'.
	 * @see io.noodle.model.EcoDefinition#getRollbackPolicy()
	 * @see #getEcoDefinition()
	 * @generated
	 */
	EAttribute getEcoDefinition_RollbackPolicy();

	/**
	 * Returns the meta object for the attribute '{@link io.noodle.model.EcoDefinition#isCompound <em>Compound</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Compound</em>'.
	 * @see io.noodle.model.EcoDefinition#isCompound()
	 * @see #getEcoDefinition()
	 * @generated
	 */
	EAttribute getEcoDefinition_Compound();

	/**
	 * Returns the meta object for the attribute '{@link io.noodle.model.EcoDefinition#getEffectiveClass <em>Effective Class</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Effective Class</em>'.
	 * @see io.noodle.model.EcoDefinition#getEffectiveClass()
	 * @see #getEcoDefinition()
	 * @generated
	 */
	EAttribute getEcoDefinition_EffectiveClass();

	/**
	 * Returns the meta object for class '{@link io.noodle.model.EcoParameter <em>Eco Parameter</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Eco Parameter</em>'.
	 * @see io.noodle.model.EcoParameter
	 * @generated
	 */
	EClass getEcoParameter();

	/**
	 * Returns the meta object for the attribute '{@link io.noodle.model.EcoParameter#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see io.noodle.model.EcoParameter#getName()
	 * @see #getEcoParameter()
	 * @generated
	 */
	EAttribute getEcoParameter_Name();

	/**
	 * Returns the meta object for the attribute '{@link io.noodle.model.EcoParameter#getType <em>Type</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Type</em>'.
	 * @see io.noodle.model.EcoParameter#getType()
	 * @see #getEcoParameter()
	 * @generated
	 */
	EAttribute getEcoParameter_Type();

	/**
	 * Returns the meta object for the attribute '{@link io.noodle.model.EcoParameter#getDefaultValue <em>Default Value</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Default Value</em>'.
	 * @see io.noodle.model.EcoParameter#getDefaultValue()
	 * @see #getEcoParameter()
	 * @generated
	 */
	EAttribute getEcoParameter_DefaultValue();

	/**
	 * Returns the meta object for the attribute '{@link io.noodle.model.EcoParameter#getMin <em>Min</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Min</em>'.
	 * @see io.noodle.model.EcoParameter#getMin()
	 * @see #getEcoParameter()
	 * @generated
	 */
	EAttribute getEcoParameter_Min();

	/**
	 * Returns the meta object for the attribute '{@link io.noodle.model.EcoParameter#getMax <em>Max</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Max</em>'.
	 * @see io.noodle.model.EcoParameter#getMax()
	 * @see #getEcoParameter()
	 * @generated
	 */
	EAttribute getEcoParameter_Max();

	/**
	 * Returns the meta object for the attribute list '{@link io.noodle.model.EcoParameter#getChoices <em>Choices</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Choices</em>'.
	 * @see io.noodle.model.EcoParameter#getChoices()
	 * @see #getEcoParameter()
	 * @generated
	 */
	EAttribute getEcoParameter_Choices();

	/**
	 * Returns the meta object for the attribute '{@link io.noodle.model.EcoParameter#getDescription <em>Description</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Description</em>'.
	 * @see io.noodle.model.EcoParameter#getDescription()
	 * @see #getEcoParameter()
	 * @generated
	 */
	EAttribute getEcoParameter_Description();

	/**
	 * Returns the meta object for class '{@link io.noodle.model.EcoApplication <em>Eco Application</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Eco Application</em>'.
	 * @see io.noodle.model.EcoApplication
	 * @generated
	 */
	EClass getEcoApplication();

	/**
	 * Returns the meta object for the attribute '{@link io.noodle.model.EcoApplication#getEcoName <em>Eco Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Eco Name</em>'.
	 * @see io.noodle.model.EcoApplication#getEcoName()
	 * @see #getEcoApplication()
	 * @generated
	 */
	EAttribute getEcoApplication_EcoName();

	/**
	 * Returns the meta object for the containment reference list '{@link io.noodle.model.EcoApplication#getArguments <em>Arguments</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Arguments</em>'.
	 * @see io.noodle.model.EcoApplication#getArguments()
	 * @see #getEcoApplication()
	 * @generated
	 */
	EReference getEcoApplication_Arguments();

	/**
	 * Returns the meta object for the reference '{@link io.noodle.model.EcoApplication#getEco <em>Eco</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Eco</em>'.
	 * @see io.noodle.model.EcoApplication#getEco()
	 * @see #getEcoApplication()
	 * @generated
	 */
	EReference getEcoApplication_Eco();

	/**
	 * Returns the meta object for class '{@link io.noodle.model.ParameterValue <em>Parameter Value</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Parameter Value</em>'.
	 * @see io.noodle.model.ParameterValue
	 * @generated
	 */
	EClass getParameterValue();

	/**
	 * Returns the meta object for the attribute '{@link io.noodle.model.ParameterValue#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see io.noodle.model.ParameterValue#getName()
	 * @see #getParameterValue()
	 * @generated
	 */
	EAttribute getParameterValue_Name();

	/**
	 * Returns the meta object for the attribute '{@link io.noodle.model.ParameterValue#getValue <em>Value</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Value</em>'.
	 * @see io.noodle.model.ParameterValue#getValue()
	 * @see #getParameterValue()
	 * @generated
	 */
	EAttribute getParameterValue_Value();

	/**
	 * Returns the meta object for class '{@link io.noodle.model.Case <em>Case</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Case</em>'.
	 * @see io.noodle.model.Case
	 * @generated
	 */
	EClass getCase();

	/**
	 * Returns the meta object for the attribute '{@link io.noodle.model.Case#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see io.noodle.model.Case#getName()
	 * @see #getCase()
	 * @generated
	 */
	EAttribute getCase_Name();

	/**
	 * Returns the meta object for the reference list '{@link io.noodle.model.Case#getParents <em>Parents</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Parents</em>'.
	 * @see io.noodle.model.Case#getParents()
	 * @see #getCase()
	 * @generated
	 */
	EReference getCase_Parents();

	/**
	 * Returns the meta object for the containment reference list '{@link io.noodle.model.Case#getApplied <em>Applied</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Applied</em>'.
	 * @see io.noodle.model.Case#getApplied()
	 * @see #getCase()
	 * @generated
	 */
	EReference getCase_Applied();

	/**
	 * Returns the meta object for the attribute '{@link io.noodle.model.Case#getState <em>State</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>State</em>'.
	 * @see io.noodle.model.Case#getState()
	 * @see #getCase()
	 * @generated
	 */
	EAttribute getCase_State();

	/**
	 * Returns the meta object for the containment reference '{@link io.noodle.model.Case#getFailure <em>Failure</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Failure</em>'.
	 * @see io.noodle.model.Case#getFailure()
	 * @see #getCase()
	 * @generated
	 */
	EReference getCase_Failure();

	/**
	 * Returns the meta object for the containment reference list '{@link io.noodle.model.Case#getMetrics <em>Metrics</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Metrics</em>'.
	 * @see io.noodle.model.Case#getMetrics()
	 * @see #getCase()
	 * @generated
	 */
	EReference getCase_Metrics();

	/**
	 * Returns the meta object for the attribute '{@link io.noodle.model.Case#getSnapshotPath <em>Snapshot Path</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Snapshot Path</em>'.
	 * @see io.noodle.model.Case#getSnapshotPath()
	 * @see #getCase()
	 * @generated
	 */
	EAttribute getCase_SnapshotPath();

	/**
	 * Returns the meta object for the attribute '{@link io.noodle.model.Case#getStageIndex <em>Stage Index</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Stage Index</em>'.
	 * @see io.noodle.model.Case#getStageIndex()
	 * @see #getCase()
	 * @generated
	 */
	EAttribute getCase_StageIndex();

	/**
	 * Returns the meta object for the attribute '{@link io.noodle.model.Case#getDerivedIndex <em>Derived Index</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Derived Index</em>'.
	 * @see io.noodle.model.Case#getDerivedIndex()
	 * @see #getCase()
	 * @generated
	 */
	EAttribute getCase_DerivedIndex();

	/**
	 * Returns the meta object for class '{@link io.noodle.model.Failure <em>Failure</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Failure</em>'.
	 * @see io.noodle.model.Failure
	 * @generated
	 */
	EClass getFailure();

	/**
	 * Returns the meta object for the attribute '{@link io.noodle.model.Failure#getType <em>Type</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Type</em>'.
	 * @see io.noodle.model.Failure#getType()
	 * @see #getFailure()
	 * @generated
	 */
	EAttribute getFailure_Type();

	/**
	 * Returns the meta object for the attribute '{@link io.noodle.model.Failure#getSeverity <em>Severity</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Severity</em>'.
	 * @see io.noodle.model.Failure#getSeverity()
	 * @see #getFailure()
	 * @generated
	 */
	EAttribute getFailure_Severity();

	/**
	 * Returns the meta object for the attribute '{@link io.noodle.model.Failure#getScope <em>Scope</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Scope</em>'.
	 * @see io.noodle.model.Failure#getScope()
	 * @see #getFailure()
	 * @generated
	 */
	EAttribute getFailure_Scope();

	/**
	 * Returns the meta object for the attribute '{@link io.noodle.model.Failure#getMessage <em>Message</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Message</em>'.
	 * @see io.noodle.model.Failure#getMessage()
	 * @see #getFailure()
	 * @generated
	 */
	EAttribute getFailure_Message();

	/**
	 * Returns the meta object for the attribute '{@link io.noodle.model.Failure#getSource <em>Source</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Source</em>'.
	 * @see io.noodle.model.Failure#getSource()
	 * @see #getFailure()
	 * @generated
	 */
	EAttribute getFailure_Source();

	/**
	 * Returns the meta object for class '{@link io.noodle.model.Metric <em>Metric</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Metric</em>'.
	 * @see io.noodle.model.Metric
	 * @generated
	 */
	EClass getMetric();

	/**
	 * Returns the meta object for the attribute '{@link io.noodle.model.Metric#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see io.noodle.model.Metric#getName()
	 * @see #getMetric()
	 * @generated
	 */
	EAttribute getMetric_Name();

	/**
	 * Returns the meta object for the attribute '{@link io.noodle.model.Metric#getValue <em>Value</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Value</em>'.
	 * @see io.noodle.model.Metric#getValue()
	 * @see #getMetric()
	 * @generated
	 */
	EAttribute getMetric_Value();

	/**
	 * Returns the meta object for the attribute '{@link io.noodle.model.Metric#getUnit <em>Unit</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Unit</em>'.
	 * @see io.noodle.model.Metric#getUnit()
	 * @see #getMetric()
	 * @generated
	 */
	EAttribute getMetric_Unit();

	/**
	 * Returns the meta object for the attribute '{@link io.noodle.model.Metric#getProvenance <em>Provenance</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Provenance</em>'.
	 * @see io.noodle.model.Metric#getProvenance()
	 * @see #getMetric()
	 * @generated
	 */
	EAttribute getMetric_Provenance();

	/**
	 * Returns the meta object for class '{@link io.noodle.model.GateVerdict <em>Gate Verdict</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Gate Verdict</em>'.
	 * @see io.noodle.model.GateVerdict
	 * @generated
	 */
	EClass getGateVerdict();

	/**
	 * Returns the meta object for the attribute '{@link io.noodle.model.GateVerdict#getRail <em>Rail</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Rail</em>'.
	 * @see io.noodle.model.GateVerdict#getRail()
	 * @see #getGateVerdict()
	 * @generated
	 */
	EAttribute getGateVerdict_Rail();

	/**
	 * Returns the meta object for the attribute '{@link io.noodle.model.GateVerdict#isPassed <em>Passed</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Passed</em>'.
	 * @see io.noodle.model.GateVerdict#isPassed()
	 * @see #getGateVerdict()
	 * @generated
	 */
	EAttribute getGateVerdict_Passed();

	/**
	 * Returns the meta object for the attribute '{@link io.noodle.model.GateVerdict#getThreshold <em>Threshold</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Threshold</em>'.
	 * @see io.noodle.model.GateVerdict#getThreshold()
	 * @see #getGateVerdict()
	 * @generated
	 */
	EAttribute getGateVerdict_Threshold();

	/**
	 * Returns the meta object for the attribute '{@link io.noodle.model.GateVerdict#getObserved <em>Observed</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Observed</em>'.
	 * @see io.noodle.model.GateVerdict#getObserved()
	 * @see #getGateVerdict()
	 * @generated
	 */
	EAttribute getGateVerdict_Observed();

	/**
	 * Returns the meta object for the reference '{@link io.noodle.model.GateVerdict#getStage <em>Stage</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Stage</em>'.
	 * @see io.noodle.model.GateVerdict#getStage()
	 * @see #getGateVerdict()
	 * @generated
	 */
	EReference getGateVerdict_Stage();

	/**
	 * Returns the meta object for the reference list '{@link io.noodle.model.GateVerdict#getCases <em>Cases</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Cases</em>'.
	 * @see io.noodle.model.GateVerdict#getCases()
	 * @see #getGateVerdict()
	 * @generated
	 */
	EReference getGateVerdict_Cases();

	/**
	 * Returns the meta object for the attribute '{@link io.noodle.model.GateVerdict#getMessage <em>Message</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Message</em>'.
	 * @see io.noodle.model.GateVerdict#getMessage()
	 * @see #getGateVerdict()
	 * @generated
	 */
	EAttribute getGateVerdict_Message();

	/**
	 * Returns the meta object for the attribute list '{@link io.noodle.model.GateVerdict#getEvidence <em>Evidence</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Evidence</em>'.
	 * @see io.noodle.model.GateVerdict#getEvidence()
	 * @see #getGateVerdict()
	 * @generated
	 */
	EAttribute getGateVerdict_Evidence();

	/**
	 * Returns the meta object for class '{@link io.noodle.model.RunResults <em>Run Results</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Run Results</em>'.
	 * @see io.noodle.model.RunResults
	 * @generated
	 */
	EClass getRunResults();

	/**
	 * Returns the meta object for the attribute '{@link io.noodle.model.RunResults#getRunId <em>Run Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Run Id</em>'.
	 * @see io.noodle.model.RunResults#getRunId()
	 * @see #getRunResults()
	 * @generated
	 */
	EAttribute getRunResults_RunId();

	/**
	 * Returns the meta object for the reference '{@link io.noodle.model.RunResults#getStudy <em>Study</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Study</em>'.
	 * @see io.noodle.model.RunResults#getStudy()
	 * @see #getRunResults()
	 * @generated
	 */
	EReference getRunResults_Study();

	/**
	 * Returns the meta object for the attribute '{@link io.noodle.model.RunResults#getStatus <em>Status</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Status</em>'.
	 * @see io.noodle.model.RunResults#getStatus()
	 * @see #getRunResults()
	 * @generated
	 */
	EAttribute getRunResults_Status();

	/**
	 * Returns the meta object for the attribute '{@link io.noodle.model.RunResults#getMessage <em>Message</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Message</em>'.
	 * @see io.noodle.model.RunResults#getMessage()
	 * @see #getRunResults()
	 * @generated
	 */
	EAttribute getRunResults_Message();

	/**
	 * Returns the meta object for the attribute '{@link io.noodle.model.RunResults#getBest <em>Best</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Best</em>'.
	 * @see io.noodle.model.RunResults#getBest()
	 * @see #getRunResults()
	 * @generated
	 */
	EAttribute getRunResults_Best();

	/**
	 * Returns the meta object for the containment reference list '{@link io.noodle.model.RunResults#getCases <em>Cases</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Cases</em>'.
	 * @see io.noodle.model.RunResults#getCases()
	 * @see #getRunResults()
	 * @generated
	 */
	EReference getRunResults_Cases();

	/**
	 * Returns the meta object for the containment reference list '{@link io.noodle.model.RunResults#getVerdicts <em>Verdicts</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Verdicts</em>'.
	 * @see io.noodle.model.RunResults#getVerdicts()
	 * @see #getRunResults()
	 * @generated
	 */
	EReference getRunResults_Verdicts();

	/**
	 * Returns the meta object for class '{@link io.noodle.model.EcoPrior <em>Eco Prior</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Eco Prior</em>'.
	 * @see io.noodle.model.EcoPrior
	 * @generated
	 */
	EClass getEcoPrior();

	/**
	 * Returns the meta object for the attribute '{@link io.noodle.model.EcoPrior#getEcoName <em>Eco Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Eco Name</em>'.
	 * @see io.noodle.model.EcoPrior#getEcoName()
	 * @see #getEcoPrior()
	 * @generated
	 */
	EAttribute getEcoPrior_EcoName();

	/**
	 * Returns the meta object for the attribute '{@link io.noodle.model.EcoPrior#getApplications <em>Applications</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Applications</em>'.
	 * @see io.noodle.model.EcoPrior#getApplications()
	 * @see #getEcoPrior()
	 * @generated
	 */
	EAttribute getEcoPrior_Applications();

	/**
	 * Returns the meta object for the attribute '{@link io.noodle.model.EcoPrior#getSuccesses <em>Successes</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Successes</em>'.
	 * @see io.noodle.model.EcoPrior#getSuccesses()
	 * @see #getEcoPrior()
	 * @generated
	 */
	EAttribute getEcoPrior_Successes();

	/**
	 * Returns the meta object for the attribute '{@link io.noodle.model.EcoPrior#getMeanDeltaWnsPs <em>Mean Delta Wns Ps</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Mean Delta Wns Ps</em>'.
	 * @see io.noodle.model.EcoPrior#getMeanDeltaWnsPs()
	 * @see #getEcoPrior()
	 * @generated
	 */
	EAttribute getEcoPrior_MeanDeltaWnsPs();

	/**
	 * Returns the meta object for the attribute '{@link io.noodle.model.EcoPrior#getConfidence <em>Confidence</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Confidence</em>'.
	 * @see io.noodle.model.EcoPrior#getConfidence()
	 * @see #getEcoPrior()
	 * @generated
	 */
	EAttribute getEcoPrior_Confidence();

	/**
	 * Returns the meta object for enum '{@link io.noodle.model.SafetyDomain <em>Safety Domain</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Safety Domain</em>'.
	 * @see io.noodle.model.SafetyDomain
	 * @generated
	 */
	EEnum getSafetyDomain();

	/**
	 * Returns the meta object for enum '{@link io.noodle.model.EcoClass <em>Eco Class</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Eco Class</em>'.
	 * @see io.noodle.model.EcoClass
	 * @generated
	 */
	EEnum getEcoClass();

	/**
	 * Returns the meta object for enum '{@link io.noodle.model.StageType <em>Stage Type</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Stage Type</em>'.
	 * @see io.noodle.model.StageType
	 * @generated
	 */
	EEnum getStageType();

	/**
	 * Returns the meta object for enum '{@link io.noodle.model.ExecutionMode <em>Execution Mode</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Execution Mode</em>'.
	 * @see io.noodle.model.ExecutionMode
	 * @generated
	 */
	EEnum getExecutionMode();

	/**
	 * Returns the meta object for enum '{@link io.noodle.model.RankingPolicyKind <em>Ranking Policy Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Ranking Policy Kind</em>'.
	 * @see io.noodle.model.RankingPolicyKind
	 * @generated
	 */
	EEnum getRankingPolicyKind();

	/**
	 * Returns the meta object for enum '{@link io.noodle.model.ObjectiveMode <em>Objective Mode</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Objective Mode</em>'.
	 * @see io.noodle.model.ObjectiveMode
	 * @generated
	 */
	EEnum getObjectiveMode();

	/**
	 * Returns the meta object for enum '{@link io.noodle.model.DependencyKind <em>Dependency Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Dependency Kind</em>'.
	 * @see io.noodle.model.DependencyKind
	 * @generated
	 */
	EEnum getDependencyKind();

	/**
	 * Returns the meta object for enum '{@link io.noodle.model.CaseState <em>Case State</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Case State</em>'.
	 * @see io.noodle.model.CaseState
	 * @generated
	 */
	EEnum getCaseState();

	/**
	 * Returns the meta object for enum '{@link io.noodle.model.FailureType <em>Failure Type</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Failure Type</em>'.
	 * @see io.noodle.model.FailureType
	 * @generated
	 */
	EEnum getFailureType();

	/**
	 * Returns the meta object for enum '{@link io.noodle.model.Severity <em>Severity</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Severity</em>'.
	 * @see io.noodle.model.Severity
	 * @generated
	 */
	EEnum getSeverity();

	/**
	 * Returns the meta object for enum '{@link io.noodle.model.ContainmentScope <em>Containment Scope</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Containment Scope</em>'.
	 * @see io.noodle.model.ContainmentScope
	 * @generated
	 */
	EEnum getContainmentScope();

	/**
	 * Returns the meta object for enum '{@link io.noodle.model.ParameterType <em>Parameter Type</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Parameter Type</em>'.
	 * @see io.noodle.model.ParameterType
	 * @generated
	 */
	EEnum getParameterType();

	/**
	 * Returns the meta object for enum '{@link io.noodle.model.RollbackPolicy <em>Rollback Policy</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Rollback Policy</em>'.
	 * @see io.noodle.model.RollbackPolicy
	 * @generated
	 */
	EEnum getRollbackPolicy();

	/**
	 * Returns the meta object for enum '{@link io.noodle.model.PriorConfidence <em>Prior Confidence</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Prior Confidence</em>'.
	 * @see io.noodle.model.PriorConfidence
	 * @generated
	 */
	EEnum getPriorConfidence();

	/**
	 * Returns the meta object for data type '{@link io.noodle.model.derived.SourceLine <em>Provenance</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
     * <!-- begin-model-doc -->
     * Where a value came from: a report file and a 1-based line (0: unknown), written "file:line".
     * <!-- end-model-doc -->
	 * @return the meta object for data type '<em>Provenance</em>'.
	 * @see io.noodle.model.derived.SourceLine
	 * @model instanceClass="io.noodle.model.derived.SourceLine"
	 * @generated
	 */
	EDataType getProvenance();

	/**
	 * Returns the factory that creates the instances of the model.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the factory that creates the instances of the model.
	 * @generated
	 */
	NoodleFactory getNoodleFactory();

	/**
	 * <!-- begin-user-doc -->
	 * Defines literals for the meta objects that represent
	 * <ul>
	 *   <li>each class,</li>
	 *   <li>each feature of each class,</li>
	 *   <li>each enum,</li>
	 *   <li>and each data type</li>
	 * </ul>
	 * <!-- end-user-doc -->
	 * @generated
	 */
	interface Literals {
		/**
		 * The meta object literal for the '{@link io.noodle.model.impl.StudyImpl <em>Study</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.noodle.model.impl.StudyImpl
		 * @see io.noodle.model.impl.NoodlePackageImpl#getStudy()
		 * @generated
		 */
		EClass STUDY = eINSTANCE.getStudy();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STUDY__NAME = eINSTANCE.getStudy_Name();

		/**
		 * The meta object literal for the '<em><b>Description</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STUDY__DESCRIPTION = eINSTANCE.getStudy_Description();

		/**
		 * The meta object literal for the '<em><b>Author</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STUDY__AUTHOR = eINSTANCE.getStudy_Author();

		/**
		 * The meta object literal for the '<em><b>Tags</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STUDY__TAGS = eINSTANCE.getStudy_Tags();

		/**
		 * The meta object literal for the '<em><b>Safety Domain</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STUDY__SAFETY_DOMAIN = eINSTANCE.getStudy_SafetyDomain();

		/**
		 * The meta object literal for the '<em><b>Base Case Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STUDY__BASE_CASE_NAME = eINSTANCE.getStudy_BaseCaseName();

		/**
		 * The meta object literal for the '<em><b>Pdk</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STUDY__PDK = eINSTANCE.getStudy_Pdk();

		/**
		 * The meta object literal for the '<em><b>Max Concurrent Trials</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STUDY__MAX_CONCURRENT_TRIALS = eINSTANCE.getStudy_MaxConcurrentTrials();

		/**
		 * The meta object literal for the '<em><b>Executor</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STUDY__EXECUTOR = eINSTANCE.getStudy_Executor();

		/**
		 * The meta object literal for the '<em><b>Environment</b></em>' map feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference STUDY__ENVIRONMENT = eINSTANCE.getStudy_Environment();

		/**
		 * The meta object literal for the '<em><b>Metadata</b></em>' map feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference STUDY__METADATA = eINSTANCE.getStudy_Metadata();

		/**
		 * The meta object literal for the '<em><b>Snapshot</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference STUDY__SNAPSHOT = eINSTANCE.getStudy_Snapshot();

		/**
		 * The meta object literal for the '<em><b>Eco Whitelist</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STUDY__ECO_WHITELIST = eINSTANCE.getStudy_EcoWhitelist();

		/**
		 * The meta object literal for the '<em><b>Eco Blacklist</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STUDY__ECO_BLACKLIST = eINSTANCE.getStudy_EcoBlacklist();

		/**
		 * The meta object literal for the '<em><b>Objective</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference STUDY__OBJECTIVE = eINSTANCE.getStudy_Objective();

		/**
		 * The meta object literal for the '<em><b>Rails</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference STUDY__RAILS = eINSTANCE.getStudy_Rails();

		/**
		 * The meta object literal for the '<em><b>Ecos</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference STUDY__ECOS = eINSTANCE.getStudy_Ecos();

		/**
		 * The meta object literal for the '<em><b>Stages</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference STUDY__STAGES = eINSTANCE.getStudy_Stages();

		/**
		 * The meta object literal for the '<em><b>Dependencies</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference STUDY__DEPENDENCIES = eINSTANCE.getStudy_Dependencies();

		/**
		 * The meta object literal for the '<em><b>Cases</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference STUDY__CASES = eINSTANCE.getStudy_Cases();

		/**
		 * The meta object literal for the '<em><b>Verdicts</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference STUDY__VERDICTS = eINSTANCE.getStudy_Verdicts();

		/**
		 * The meta object literal for the '<em><b>Priors</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference STUDY__PRIORS = eINSTANCE.getStudy_Priors();

		/**
		 * The meta object literal for the '{@link io.noodle.model.impl.StringEntryImpl <em>String Entry</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.noodle.model.impl.StringEntryImpl
		 * @see io.noodle.model.impl.NoodlePackageImpl#getStringEntry()
		 * @generated
		 */
		EClass STRING_ENTRY = eINSTANCE.getStringEntry();

		/**
		 * The meta object literal for the '<em><b>Key</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STRING_ENTRY__KEY = eINSTANCE.getStringEntry_Key();

		/**
		 * The meta object literal for the '<em><b>Value</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STRING_ENTRY__VALUE = eINSTANCE.getStringEntry_Value();

		/**
		 * The meta object literal for the '{@link io.noodle.model.impl.DesignSnapshotImpl <em>Design Snapshot</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.noodle.model.impl.DesignSnapshotImpl
		 * @see io.noodle.model.impl.NoodlePackageImpl#getDesignSnapshot()
		 * @generated
		 */
		EClass DESIGN_SNAPSHOT = eINSTANCE.getDesignSnapshot();

		/**
		 * The meta object literal for the '<em><b>Path</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DESIGN_SNAPSHOT__PATH = eINSTANCE.getDesignSnapshot_Path();

		/**
		 * The meta object literal for the '<em><b>Sha256</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DESIGN_SNAPSHOT__SHA256 = eINSTANCE.getDesignSnapshot_Sha256();

		/**
		 * The meta object literal for the '<em><b>Format</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DESIGN_SNAPSHOT__FORMAT = eINSTANCE.getDesignSnapshot_Format();

		/**
		 * The meta object literal for the '{@link io.noodle.model.impl.ObjectiveImpl <em>Objective</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.noodle.model.impl.ObjectiveImpl
		 * @see io.noodle.model.impl.NoodlePackageImpl#getObjective()
		 * @generated
		 */
		EClass OBJECTIVE = eINSTANCE.getObjective();

		/**
		 * The meta object literal for the '<em><b>Mode</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute OBJECTIVE__MODE = eINSTANCE.getObjective_Mode();

		/**
		 * The meta object literal for the '<em><b>Timing Weight</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute OBJECTIVE__TIMING_WEIGHT = eINSTANCE.getObjective_TimingWeight();

		/**
		 * The meta object literal for the '<em><b>Congestion Weight</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute OBJECTIVE__CONGESTION_WEIGHT = eINSTANCE.getObjective_CongestionWeight();

		/**
		 * The meta object literal for the '<em><b>Metric Order</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute OBJECTIVE__METRIC_ORDER = eINSTANCE.getObjective_MetricOrder();

		/**
		 * The meta object literal for the '{@link io.noodle.model.impl.StudyRailsImpl <em>Study Rails</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.noodle.model.impl.StudyRailsImpl
		 * @see io.noodle.model.impl.NoodlePackageImpl#getStudyRails()
		 * @generated
		 */
		EClass STUDY_RAILS = eINSTANCE.getStudyRails();

		/**
		 * The meta object literal for the '<em><b>Catastrophic Failures</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STUDY_RAILS__CATASTROPHIC_FAILURES = eINSTANCE.getStudyRails_CatastrophicFailures();

		/**
		 * The meta object literal for the '<em><b>Max Runtime Hours</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STUDY_RAILS__MAX_RUNTIME_HOURS = eINSTANCE.getStudyRails_MaxRuntimeHours();

		/**
		 * The meta object literal for the '<em><b>Trial Timeout Seconds</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STUDY_RAILS__TRIAL_TIMEOUT_SECONDS = eINSTANCE.getStudyRails_TrialTimeoutSeconds();

		/**
		 * The meta object literal for the '{@link io.noodle.model.impl.StageImpl <em>Stage</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.noodle.model.impl.StageImpl
		 * @see io.noodle.model.impl.NoodlePackageImpl#getStage()
		 * @generated
		 */
		EClass STAGE = eINSTANCE.getStage();

		/**
		 * The meta object literal for the '<em><b>Study</b></em>' container reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference STAGE__STUDY = eINSTANCE.getStage_Study();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STAGE__NAME = eINSTANCE.getStage_Name();

		/**
		 * The meta object literal for the '<em><b>Type</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STAGE__TYPE = eINSTANCE.getStage_Type();

		/**
		 * The meta object literal for the '<em><b>Execution Mode</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STAGE__EXECUTION_MODE = eINSTANCE.getStage_ExecutionMode();

		/**
		 * The meta object literal for the '<em><b>Trial Budget</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STAGE__TRIAL_BUDGET = eINSTANCE.getStage_TrialBudget();

		/**
		 * The meta object literal for the '<em><b>Survivor Count</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STAGE__SURVIVOR_COUNT = eINSTANCE.getStage_SurvivorCount();

		/**
		 * The meta object literal for the '<em><b>Allowed Classes</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STAGE__ALLOWED_CLASSES = eINSTANCE.getStage_AllowedClasses();

		/**
		 * The meta object literal for the '<em><b>Eco Names</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STAGE__ECO_NAMES = eINSTANCE.getStage_EcoNames();

		/**
		 * The meta object literal for the '<em><b>Ranking</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference STAGE__RANKING = eINSTANCE.getStage_Ranking();

		/**
		 * The meta object literal for the '<em><b>Rails</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference STAGE__RAILS = eINSTANCE.getStage_Rails();

		/**
		 * The meta object literal for the '<em><b>Trial Memory Mb</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STAGE__TRIAL_MEMORY_MB = eINSTANCE.getStage_TrialMemoryMb();

		/**
		 * The meta object literal for the '<em><b>Visualization</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STAGE__VISUALIZATION = eINSTANCE.getStage_Visualization();

		/**
		 * The meta object literal for the '<em><b>Index</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STAGE__INDEX = eINSTANCE.getStage_Index();

		/**
		 * The meta object literal for the '<em><b>Inputs</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference STAGE__INPUTS = eINSTANCE.getStage_Inputs();

		/**
		 * The meta object literal for the '{@link io.noodle.model.impl.StageRailsImpl <em>Stage Rails</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.noodle.model.impl.StageRailsImpl
		 * @see io.noodle.model.impl.NoodlePackageImpl#getStageRails()
		 * @generated
		 */
		EClass STAGE_RAILS = eINSTANCE.getStageRails();

		/**
		 * The meta object literal for the '<em><b>Wns Threshold Ps</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STAGE_RAILS__WNS_THRESHOLD_PS = eINSTANCE.getStageRails_WnsThresholdPs();

		/**
		 * The meta object literal for the '<em><b>Trial Timeout Seconds</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STAGE_RAILS__TRIAL_TIMEOUT_SECONDS = eINSTANCE.getStageRails_TrialTimeoutSeconds();

		/**
		 * The meta object literal for the '<em><b>Soft Timeout Seconds</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STAGE_RAILS__SOFT_TIMEOUT_SECONDS = eINSTANCE.getStageRails_SoftTimeoutSeconds();

		/**
		 * The meta object literal for the '<em><b>Failure Rate</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STAGE_RAILS__FAILURE_RATE = eINSTANCE.getStageRails_FailureRate();

		/**
		 * The meta object literal for the '<em><b>Catastrophic Rate</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STAGE_RAILS__CATASTROPHIC_RATE = eINSTANCE.getStageRails_CatastrophicRate();

		/**
		 * The meta object literal for the '{@link io.noodle.model.impl.RankingPolicyImpl <em>Ranking Policy</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.noodle.model.impl.RankingPolicyImpl
		 * @see io.noodle.model.impl.NoodlePackageImpl#getRankingPolicy()
		 * @generated
		 */
		EClass RANKING_POLICY = eINSTANCE.getRankingPolicy();

		/**
		 * The meta object literal for the '<em><b>Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RANKING_POLICY__KIND = eINSTANCE.getRankingPolicy_Kind();

		/**
		 * The meta object literal for the '<em><b>Timing Weight</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RANKING_POLICY__TIMING_WEIGHT = eINSTANCE.getRankingPolicy_TimingWeight();

		/**
		 * The meta object literal for the '<em><b>Congestion Weight</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RANKING_POLICY__CONGESTION_WEIGHT = eINSTANCE.getRankingPolicy_CongestionWeight();

		/**
		 * The meta object literal for the '<em><b>Min Diversity</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RANKING_POLICY__MIN_DIVERSITY = eINSTANCE.getRankingPolicy_MinDiversity();

		/**
		 * The meta object literal for the '<em><b>Always Keep Best</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RANKING_POLICY__ALWAYS_KEEP_BEST = eINSTANCE.getRankingPolicy_AlwaysKeepBest();

		/**
		 * The meta object literal for the '<em><b>Random Survivors</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RANKING_POLICY__RANDOM_SURVIVORS = eINSTANCE.getRankingPolicy_RandomSurvivors();

		/**
		 * The meta object literal for the '<em><b>Rollback Threshold Ps</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RANKING_POLICY__ROLLBACK_THRESHOLD_PS = eINSTANCE.getRankingPolicy_RollbackThresholdPs();

		/**
		 * The meta object literal for the '<em><b>Suspicious Skip After Stage</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RANKING_POLICY__SUSPICIOUS_SKIP_AFTER_STAGE = eINSTANCE.getRankingPolicy_SuspiciousSkipAfterStage();

		/**
		 * The meta object literal for the '<em><b>Exploration Rate</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RANKING_POLICY__EXPLORATION_RATE = eINSTANCE.getRankingPolicy_ExplorationRate();

		/**
		 * The meta object literal for the '{@link io.noodle.model.impl.StageDependencyImpl <em>Stage Dependency</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.noodle.model.impl.StageDependencyImpl
		 * @see io.noodle.model.impl.NoodlePackageImpl#getStageDependency()
		 * @generated
		 */
		EClass STAGE_DEPENDENCY = eINSTANCE.getStageDependency();

		/**
		 * The meta object literal for the '<em><b>From</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference STAGE_DEPENDENCY__FROM = eINSTANCE.getStageDependency_From();

		/**
		 * The meta object literal for the '<em><b>To</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference STAGE_DEPENDENCY__TO = eINSTANCE.getStageDependency_To();

		/**
		 * The meta object literal for the '<em><b>Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STAGE_DEPENDENCY__KIND = eINSTANCE.getStageDependency_Kind();

		/**
		 * The meta object literal for the '{@link io.noodle.model.impl.EcoDefinitionImpl <em>Eco Definition</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.noodle.model.impl.EcoDefinitionImpl
		 * @see io.noodle.model.impl.NoodlePackageImpl#getEcoDefinition()
		 * @generated
		 */
		EClass ECO_DEFINITION = eINSTANCE.getEcoDefinition();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ECO_DEFINITION__NAME = eINSTANCE.getEcoDefinition_Name();

		/**
		 * The meta object literal for the '<em><b>Eco Class</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ECO_DEFINITION__ECO_CLASS = eINSTANCE.getEcoDefinition_EcoClass();

		/**
		 * The meta object literal for the '<em><b>Version</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ECO_DEFINITION__VERSION = eINSTANCE.getEcoDefinition_Version();

		/**
		 * The meta object literal for the '<em><b>Tags</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ECO_DEFINITION__TAGS = eINSTANCE.getEcoDefinition_Tags();

		/**
		 * The meta object literal for the '<em><b>Description</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ECO_DEFINITION__DESCRIPTION = eINSTANCE.getEcoDefinition_Description();

		/**
		 * The meta object literal for the '<em><b>Preconditions</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ECO_DEFINITION__PRECONDITIONS = eINSTANCE.getEcoDefinition_Preconditions();

		/**
		 * The meta object literal for the '<em><b>Parameters</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ECO_DEFINITION__PARAMETERS = eINSTANCE.getEcoDefinition_Parameters();

		/**
		 * The meta object literal for the '<em><b>Parts</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ECO_DEFINITION__PARTS = eINSTANCE.getEcoDefinition_Parts();

		/**
		 * The meta object literal for the '<em><b>Rollback Policy</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ECO_DEFINITION__ROLLBACK_POLICY = eINSTANCE.getEcoDefinition_RollbackPolicy();

		/**
		 * The meta object literal for the '<em><b>Compound</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ECO_DEFINITION__COMPOUND = eINSTANCE.getEcoDefinition_Compound();

		/**
		 * The meta object literal for the '<em><b>Effective Class</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ECO_DEFINITION__EFFECTIVE_CLASS = eINSTANCE.getEcoDefinition_EffectiveClass();

		/**
		 * The meta object literal for the '{@link io.noodle.model.impl.EcoParameterImpl <em>Eco Parameter</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.noodle.model.impl.EcoParameterImpl
		 * @see io.noodle.model.impl.NoodlePackageImpl#getEcoParameter()
		 * @generated
		 */
		EClass ECO_PARAMETER = eINSTANCE.getEcoParameter();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ECO_PARAMETER__NAME = eINSTANCE.getEcoParameter_Name();

		/**
		 * The meta object literal for the '<em><b>Type</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ECO_PARAMETER__TYPE = eINSTANCE.getEcoParameter_Type();

		/**
		 * The meta object literal for the '<em><b>Default Value</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ECO_PARAMETER__DEFAULT_VALUE = eINSTANCE.getEcoParameter_DefaultValue();

		/**
		 * The meta object literal for the '<em><b>Min</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ECO_PARAMETER__MIN = eINSTANCE.getEcoParameter_Min();

		/**
		 * The meta object literal for the '<em><b>Max</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ECO_PARAMETER__MAX = eINSTANCE.getEcoParameter_Max();

		/**
		 * The meta object literal for the '<em><b>Choices</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ECO_PARAMETER__CHOICES = eINSTANCE.getEcoParameter_Choices();

		/**
		 * The meta object literal for the '<em><b>Description</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ECO_PARAMETER__DESCRIPTION = eINSTANCE.getEcoParameter_Description();

		/**
		 * The meta object literal for the '{@link io.noodle.model.impl.EcoApplicationImpl <em>Eco Application</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.noodle.model.impl.EcoApplicationImpl
		 * @see io.noodle.model.impl.NoodlePackageImpl#getEcoApplication()
		 * @generated
		 */
		EClass ECO_APPLICATION = eINSTANCE.getEcoApplication();

		/**
		 * The meta object literal for the '<em><b>Eco Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ECO_APPLICATION__ECO_NAME = eINSTANCE.getEcoApplication_EcoName();

		/**
		 * The meta object literal for the '<em><b>Arguments</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ECO_APPLICATION__ARGUMENTS = eINSTANCE.getEcoApplication_Arguments();

		/**
		 * The meta object literal for the '<em><b>Eco</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ECO_APPLICATION__ECO = eINSTANCE.getEcoApplication_Eco();

		/**
		 * The meta object literal for the '{@link io.noodle.model.impl.ParameterValueImpl <em>Parameter Value</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.noodle.model.impl.ParameterValueImpl
		 * @see io.noodle.model.impl.NoodlePackageImpl#getParameterValue()
		 * @generated
		 */
		EClass PARAMETER_VALUE = eINSTANCE.getParameterValue();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PARAMETER_VALUE__NAME = eINSTANCE.getParameterValue_Name();

		/**
		 * The meta object literal for the '<em><b>Value</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PARAMETER_VALUE__VALUE = eINSTANCE.getParameterValue_Value();

		/**
		 * The meta object literal for the '{@link io.noodle.model.impl.CaseImpl <em>Case</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.noodle.model.impl.CaseImpl
		 * @see io.noodle.model.impl.NoodlePackageImpl#getCase()
		 * @generated
		 */
		EClass CASE = eINSTANCE.getCase();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CASE__NAME = eINSTANCE.getCase_Name();

		/**
		 * The meta object literal for the '<em><b>Parents</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CASE__PARENTS = eINSTANCE.getCase_Parents();

		/**
		 * The meta object literal for the '<em><b>Applied</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CASE__APPLIED = eINSTANCE.getCase_Applied();

		/**
		 * The meta object literal for the '<em><b>State</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CASE__STATE = eINSTANCE.getCase_State();

		/**
		 * The meta object literal for the '<em><b>Failure</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CASE__FAILURE = eINSTANCE.getCase_Failure();

		/**
		 * The meta object literal for the '<em><b>Metrics</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CASE__METRICS = eINSTANCE.getCase_Metrics();

		/**
		 * The meta object literal for the '<em><b>Snapshot Path</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CASE__SNAPSHOT_PATH = eINSTANCE.getCase_SnapshotPath();

		/**
		 * The meta object literal for the '<em><b>Stage Index</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CASE__STAGE_INDEX = eINSTANCE.getCase_StageIndex();

		/**
		 * The meta object literal for the '<em><b>Derived Index</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CASE__DERIVED_INDEX = eINSTANCE.getCase_DerivedIndex();

		/**
		 * The meta object literal for the '{@link io.noodle.model.impl.FailureImpl <em>Failure</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.noodle.model.impl.FailureImpl
		 * @see io.noodle.model.impl.NoodlePackageImpl#getFailure()
		 * @generated
		 */
		EClass FAILURE = eINSTANCE.getFailure();

		/**
		 * The meta object literal for the '<em><b>Type</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FAILURE__TYPE = eINSTANCE.getFailure_Type();

		/**
		 * The meta object literal for the '<em><b>Severity</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FAILURE__SEVERITY = eINSTANCE.getFailure_Severity();

		/**
		 * The meta object literal for the '<em><b>Scope</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FAILURE__SCOPE = eINSTANCE.getFailure_Scope();

		/**
		 * The meta object literal for the '<em><b>Message</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FAILURE__MESSAGE = eINSTANCE.getFailure_Message();

		/**
		 * The meta object literal for the '<em><b>Source</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FAILURE__SOURCE = eINSTANCE.getFailure_Source();

		/**
		 * The meta object literal for the '{@link io.noodle.model.impl.MetricImpl <em>Metric</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.noodle.model.impl.MetricImpl
		 * @see io.noodle.model.impl.NoodlePackageImpl#getMetric()
		 * @generated
		 */
		EClass METRIC = eINSTANCE.getMetric();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute METRIC__NAME = eINSTANCE.getMetric_Name();

		/**
		 * The meta object literal for the '<em><b>Value</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute METRIC__VALUE = eINSTANCE.getMetric_Value();

		/**
		 * The meta object literal for the '<em><b>Unit</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute METRIC__UNIT = eINSTANCE.getMetric_Unit();

		/**
		 * The meta object literal for the '<em><b>Provenance</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute METRIC__PROVENANCE = eINSTANCE.getMetric_Provenance();

		/**
		 * The meta object literal for the '{@link io.noodle.model.impl.GateVerdictImpl <em>Gate Verdict</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.noodle.model.impl.GateVerdictImpl
		 * @see io.noodle.model.impl.NoodlePackageImpl#getGateVerdict()
		 * @generated
		 */
		EClass GATE_VERDICT = eINSTANCE.getGateVerdict();

		/**
		 * The meta object literal for the '<em><b>Rail</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute GATE_VERDICT__RAIL = eINSTANCE.getGateVerdict_Rail();

		/**
		 * The meta object literal for the '<em><b>Passed</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute GATE_VERDICT__PASSED = eINSTANCE.getGateVerdict_Passed();

		/**
		 * The meta object literal for the '<em><b>Threshold</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute GATE_VERDICT__THRESHOLD = eINSTANCE.getGateVerdict_Threshold();

		/**
		 * The meta object literal for the '<em><b>Observed</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute GATE_VERDICT__OBSERVED = eINSTANCE.getGateVerdict_Observed();

		/**
		 * The meta object literal for the '<em><b>Stage</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference GATE_VERDICT__STAGE = eINSTANCE.getGateVerdict_Stage();

		/**
		 * The meta object literal for the '<em><b>Cases</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference GATE_VERDICT__CASES = eINSTANCE.getGateVerdict_Cases();

		/**
		 * The meta object literal for the '<em><b>Message</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute GATE_VERDICT__MESSAGE = eINSTANCE.getGateVerdict_Message();

		/**
		 * The meta object literal for the '<em><b>Evidence</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute GATE_VERDICT__EVIDENCE = eINSTANCE.getGateVerdict_Evidence();

		/**
		 * The meta object literal for the '{@link io.noodle.model.impl.RunResultsImpl <em>Run Results</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.noodle.model.impl.RunResultsImpl
		 * @see io.noodle.model.impl.NoodlePackageImpl#getRunResults()
		 * @generated
		 */
		EClass RUN_RESULTS = eINSTANCE.getRunResults();

		/**
		 * The meta object literal for the '<em><b>Run Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RUN_RESULTS__RUN_ID = eINSTANCE.getRunResults_RunId();

		/**
		 * The meta object literal for the '<em><b>Study</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference RUN_RESULTS__STUDY = eINSTANCE.getRunResults_Study();

		/**
		 * The meta object literal for the '<em><b>Status</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RUN_RESULTS__STATUS = eINSTANCE.getRunResults_Status();

		/**
		 * The meta object literal for the '<em><b>Message</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RUN_RESULTS__MESSAGE = eINSTANCE.getRunResults_Message();

		/**
		 * The meta object literal for the '<em><b>Best</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RUN_RESULTS__BEST = eINSTANCE.getRunResults_Best();

		/**
		 * The meta object literal for the '<em><b>Cases</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference RUN_RESULTS__CASES = eINSTANCE.getRunResults_Cases();

		/**
		 * The meta object literal for the '<em><b>Verdicts</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference RUN_RESULTS__VERDICTS = eINSTANCE.getRunResults_Verdicts();

		/**
		 * The meta object literal for the '{@link io.noodle.model.impl.EcoPriorImpl <em>Eco Prior</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.noodle.model.impl.EcoPriorImpl
		 * @see io.noodle.model.impl.NoodlePackageImpl#getEcoPrior()
		 * @generated
		 */
		EClass ECO_PRIOR = eINSTANCE.getEcoPrior();

		/**
		 * The meta object literal for the '<em><b>Eco Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ECO_PRIOR__ECO_NAME = eINSTANCE.getEcoPrior_EcoName();

		/**
		 * The meta object literal for the '<em><b>Applications</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ECO_PRIOR__APPLICATIONS = eINSTANCE.getEcoPrior_Applications();

		/**
		 * The meta object literal for the '<em><b>Successes</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ECO_PRIOR__SUCCESSES = eINSTANCE.getEcoPrior_Successes();

		/**
		 * The meta object literal for the '<em><b>Mean Delta Wns Ps</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ECO_PRIOR__MEAN_DELTA_WNS_PS = eINSTANCE.getEcoPrior_MeanDeltaWnsPs();

		/**
		 * The meta object literal for the '<em><b>Confidence</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ECO_PRIOR__CONFIDENCE = eINSTANCE.getEcoPrior_Confidence();

		/**
		 * The meta object literal for the '{@link io.noodle.model.SafetyDomain <em>Safety Domain</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.noodle.model.SafetyDomain
		 * @see io.noodle.model.impl.NoodlePackageImpl#getSafetyDomain()
		 * @generated
		 */
		EEnum SAFETY_DOMAIN = eINSTANCE.getSafetyDomain();

		/**
		 * The meta object literal for the '{@link io.noodle.model.EcoClass <em>Eco Class</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.noodle.model.EcoClass
		 * @see io.noodle.model.impl.NoodlePackageImpl#getEcoClass()
		 * @generated
		 */
		EEnum ECO_CLASS = eINSTANCE.getEcoClass();

		/**
		 * The meta object literal for the '{@link io.noodle.model.StageType <em>Stage Type</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.noodle.model.StageType
		 * @see io.noodle.model.impl.NoodlePackageImpl#getStageType()
		 * @generated
		 */
		EEnum STAGE_TYPE = eINSTANCE.getStageType();

		/**
		 * The meta object literal for the '{@link io.noodle.model.ExecutionMode <em>Execution Mode</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.noodle.model.ExecutionMode
		 * @see io.noodle.model.impl.NoodlePackageImpl#getExecutionMode()
		 * @generated
		 */
		EEnum EXECUTION_MODE = eINSTANCE.getExecutionMode();

		/**
		 * The meta object literal for the '{@link io.noodle.model.RankingPolicyKind <em>Ranking Policy Kind</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.noodle.model.RankingPolicyKind
		 * @see io.noodle.model.impl.NoodlePackageImpl#getRankingPolicyKind()
		 * @generated
		 */
		EEnum RANKING_POLICY_KIND = eINSTANCE.getRankingPolicyKind();

		/**
		 * The meta object literal for the '{@link io.noodle.model.ObjectiveMode <em>Objective Mode</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.noodle.model.ObjectiveMode
		 * @see io.noodle.model.impl.NoodlePackageImpl#getObjectiveMode()
		 * @generated
		 */
		EEnum OBJECTIVE_MODE = eINSTANCE.getObjectiveMode();

		/**
		 * The meta object literal for the '{@link io.noodle.model.DependencyKind <em>Dependency Kind</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.noodle.model.DependencyKind
		 * @see io.noodle.model.impl.NoodlePackageImpl#getDependencyKind()
		 * @generated
		 */
		EEnum DEPENDENCY_KIND = eINSTANCE.getDependencyKind();

		/**
		 * The meta object literal for the '{@link io.noodle.model.CaseState <em>Case State</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.noodle.model.CaseState
		 * @see io.noodle.model.impl.NoodlePackageImpl#getCaseState()
		 * @generated
		 */
		EEnum CASE_STATE = eINSTANCE.getCaseState();

		/**
		 * The meta object literal for the '{@link io.noodle.model.FailureType <em>Failure Type</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.noodle.model.FailureType
		 * @see io.noodle.model.impl.NoodlePackageImpl#getFailureType()
		 * @generated
		 */
		EEnum FAILURE_TYPE = eINSTANCE.getFailureType();

		/**
		 * The meta object literal for the '{@link io.noodle.model.Severity <em>Severity</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.noodle.model.Severity
		 * @see io.noodle.model.impl.NoodlePackageImpl#getSeverity()
		 * @generated
		 */
		EEnum SEVERITY = eINSTANCE.getSeverity();

		/**
		 * The meta object literal for the '{@link io.noodle.model.ContainmentScope <em>Containment Scope</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.noodle.model.ContainmentScope
		 * @see io.noodle.model.impl.NoodlePackageImpl#getContainmentScope()
		 * @generated
		 */
		EEnum CONTAINMENT_SCOPE = eINSTANCE.getContainmentScope();

		/**
		 * The meta object literal for the '{@link io.noodle.model.ParameterType <em>Parameter Type</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.noodle.model.ParameterType
		 * @see io.noodle.model.impl.NoodlePackageImpl#getParameterType()
		 * @generated
		 */
		EEnum PARAMETER_TYPE = eINSTANCE.getParameterType();

		/**
		 * The meta object literal for the '{@link io.noodle.model.RollbackPolicy <em>Rollback Policy</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.noodle.model.RollbackPolicy
		 * @see io.noodle.model.impl.NoodlePackageImpl#getRollbackPolicy()
		 * @generated
		 */
		EEnum ROLLBACK_POLICY = eINSTANCE.getRollbackPolicy();

		/**
		 * The meta object literal for the '{@link io.noodle.model.PriorConfidence <em>Prior Confidence</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.noodle.model.PriorConfidence
		 * @see io.noodle.model.impl.NoodlePackageImpl#getPriorConfidence()
		 * @generated
		 */
		EEnum PRIOR_CONFIDENCE = eINSTANCE.getPriorConfidence();

		/**
		 * The meta object literal for the '<em>Provenance</em>' data type.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.noodle.model.derived.SourceLine
		 * @see io.noodle.model.impl.NoodlePackageImpl#getProvenance()
		 * @generated
		 */
		EDataType PROVENANCE = eINSTANCE.getProvenance();

	}

} //NoodlePackage
