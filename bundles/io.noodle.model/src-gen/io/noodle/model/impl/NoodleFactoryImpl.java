/**
 */
package io.noodle.model.impl;

import io.noodle.model.*;

import io.noodle.model.derived.SourceLine;

import java.util.Map;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EPackage;

import org.eclipse.emf.ecore.impl.EFactoryImpl;

import org.eclipse.emf.ecore.plugin.EcorePlugin;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model <b>Factory</b>.
 * <!-- end-user-doc -->
 * @generated
 */
public class NoodleFactoryImpl extends EFactoryImpl implements NoodleFactory {
	/**
	 * Creates the default factory implementation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static NoodleFactory init() {
		try {
			NoodleFactory theNoodleFactory = (NoodleFactory)EPackage.Registry.INSTANCE.getEFactory(NoodlePackage.eNS_URI);
			if (theNoodleFactory != null) {
				return theNoodleFactory;
			}
		}
		catch (Exception exception) {
			EcorePlugin.INSTANCE.log(exception);
		}
		return new NoodleFactoryImpl();
	}

	/**
	 * Creates an instance of the factory.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NoodleFactoryImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EObject create(EClass eClass) {
		switch (eClass.getClassifierID()) {
			case NoodlePackage.STUDY: return createStudy();
			case NoodlePackage.STRING_ENTRY: return (EObject)createStringEntry();
			case NoodlePackage.DESIGN_SNAPSHOT: return createDesignSnapshot();
			case NoodlePackage.OBJECTIVE: return createObjective();
			case NoodlePackage.STUDY_RAILS: return createStudyRails();
			case NoodlePackage.STAGE: return createStage();
			case NoodlePackage.STAGE_RAILS: return createStageRails();
			case NoodlePackage.RANKING_POLICY: return createRankingPolicy();
			case NoodlePackage.STAGE_DEPENDENCY: return createStageDependency();
			case NoodlePackage.ECO_DEFINITION: return createEcoDefinition();
			case NoodlePackage.ECO_PARAMETER: return createEcoParameter();
			case NoodlePackage.ECO_APPLICATION: return createEcoApplication();
			case NoodlePackage.PARAMETER_VALUE: return createParameterValue();
			case NoodlePackage.CASE: return createCase();
			case NoodlePackage.FAILURE: return createFailure();
			case NoodlePackage.METRIC: return createMetric();
			case NoodlePackage.GATE_VERDICT: return createGateVerdict();
			case NoodlePackage.RUN_RESULTS: return createRunResults();
			case NoodlePackage.ECO_PRIOR: return createEcoPrior();
			default:
				throw new IllegalArgumentException("The class '" + eClass.getName() + "' is not a valid classifier");
		}
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object createFromString(EDataType eDataType, String initialValue) {
		switch (eDataType.getClassifierID()) {
			case NoodlePackage.SAFETY_DOMAIN:
				return createSafetyDomainFromString(eDataType, initialValue);
			case NoodlePackage.ECO_CLASS:
				return createEcoClassFromString(eDataType, initialValue);
			case NoodlePackage.STAGE_TYPE:
				return createStageTypeFromString(eDataType, initialValue);
			case NoodlePackage.EXECUTION_MODE:
				return createExecutionModeFromString(eDataType, initialValue);
			case NoodlePackage.RANKING_POLICY_KIND:
				return createRankingPolicyKindFromString(eDataType, initialValue);
			case NoodlePackage.OBJECTIVE_MODE:
				return createObjectiveModeFromString(eDataType, initialValue);
			case NoodlePackage.DEPENDENCY_KIND:
				return createDependencyKindFromString(eDataType, initialValue);
			case NoodlePackage.CASE_STATE:
				return createCaseStateFromString(eDataType, initialValue);
			case NoodlePackage.FAILURE_TYPE:
				return createFailureTypeFromString(eDataType, initialValue);
			case NoodlePackage.SEVERITY:
				return createSeverityFromString(eDataType, initialValue);
			case NoodlePackage.CONTAINMENT_SCOPE:
				return createContainmentScopeFromString(eDataType, initialValue);
			case NoodlePackage.PARAMETER_TYPE:
				return createParameterTypeFromString(eDataType, initialValue);
			case NoodlePackage.ROLLBACK_POLICY:
				return createRollbackPolicyFromString(eDataType, initialValue);
			case NoodlePackage.PRIOR_CONFIDENCE:
				return createPriorConfidenceFromString(eDataType, initialValue);
			case NoodlePackage.PROVENANCE:
				return createProvenanceFromString(eDataType, initialValue);
			default:
				throw new IllegalArgumentException("The datatype '" + eDataType.getName() + "' is not a valid classifier");
		}
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String convertToString(EDataType eDataType, Object instanceValue) {
		switch (eDataType.getClassifierID()) {
			case NoodlePackage.SAFETY_DOMAIN:
				return convertSafetyDomainToString(eDataType, instanceValue);
			case NoodlePackage.ECO_CLASS:
				return convertEcoClassToString(eDataType, instanceValue);
			case NoodlePackage.STAGE_TYPE:
				return convertStageTypeToString(eDataType, instanceValue);
			case NoodlePackage.EXECUTION_MODE:
				return convertExecutionModeToString(eDataType, instanceValue);
			case NoodlePackage.RANKING_POLICY_KIND:
				return convertRankingPolicyKindToString(eDataType, instanceValue);
			case NoodlePackage.OBJECTIVE_MODE:
				return convertObjectiveModeToString(eDataType, instanceValue);
			case NoodlePackage.DEPENDENCY_KIND:
				return convertDependencyKindToString(eDataType, instanceValue);
			case NoodlePackage.CASE_STATE:
				return convertCaseStateToString(eDataType, instanceValue);
			case NoodlePackage.FAILURE_TYPE:
				return convertFailureTypeToString(eDataType, instanceValue);
			case NoodlePackage.SEVERITY:
				return convertSeverityToString(eDataType, instanceValue);
			case NoodlePackage.CONTAINMENT_SCOPE:
				return convertContainmentScopeToString(eDataType, instanceValue);
			case NoodlePackage.PARAMETER_TYPE:
				return convertParameterTypeToString(eDataType, instanceValue);
			case NoodlePackage.ROLLBACK_POLICY:
				return convertRollbackPolicyToString(eDataType, instanceValue);
			case NoodlePackage.PRIOR_CONFIDENCE:
				return convertPriorConfidenceToString(eDataType, instanceValue);
			case NoodlePackage.PROVENANCE:
				return convertProvenanceToString(eDataType, instanceValue);
			default:
				throw new IllegalArgumentException("The datatype '" + eDataType.getName() + "' is not a valid classifier");
		}
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Study createStudy() {
		StudyImpl study = new StudyImpl();
		return study;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Map.Entry<String, String> createStringEntry() {
		StringEntryImpl stringEntry = new StringEntryImpl();
		return stringEntry;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public DesignSnapshot createDesignSnapshot() {
		DesignSnapshotImpl designSnapshot = new DesignSnapshotImpl();
		return designSnapshot;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Objective createObjective() {
		ObjectiveImpl objective = new ObjectiveImpl();
		return objective;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public StudyRails createStudyRails() {
		StudyRailsImpl studyRails = new StudyRailsImpl();
		return studyRails;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Stage createStage() {
		StageImpl stage = new StageImpl();
		return stage;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public StageRails createStageRails() {
		StageRailsImpl stageRails = new StageRailsImpl();
		return stageRails;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public RankingPolicy createRankingPolicy() {
		RankingPolicyImpl rankingPolicy = new RankingPolicyImpl();
		return rankingPolicy;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public StageDependency createStageDependency() {
		StageDependencyImpl stageDependency = new StageDependencyImpl();
		return stageDependency;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EcoDefinition createEcoDefinition() {
		EcoDefinitionImpl ecoDefinition = new EcoDefinitionImpl();
		return ecoDefinition;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EcoParameter createEcoParameter() {
		EcoParameterImpl ecoParameter = new EcoParameterImpl();
		return ecoParameter;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EcoApplication createEcoApplication() {
		EcoApplicationImpl ecoApplication = new EcoApplicationImpl();
		return ecoApplication;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ParameterValue createParameterValue() {
		ParameterValueImpl parameterValue = new ParameterValueImpl();
		return parameterValue;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Case createCase() {
		CaseImpl case_ = new CaseImpl();
		return case_;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Failure createFailure() {
		FailureImpl failure = new FailureImpl();
		return failure;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Metric createMetric() {
		MetricImpl metric = new MetricImpl();
		return metric;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public GateVerdict createGateVerdict() {
		GateVerdictImpl gateVerdict = new GateVerdictImpl();
		return gateVerdict;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public RunResults createRunResults() {
		RunResultsImpl runResults = new RunResultsImpl();
		return runResults;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EcoPrior createEcoPrior() {
		EcoPriorImpl ecoPrior = new EcoPriorImpl();
		return ecoPrior;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public SafetyDomain createSafetyDomainFromString(EDataType eDataType, String initialValue) {
		SafetyDomain result = SafetyDomain.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertSafetyDomainToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public EcoClass createEcoClassFromString(EDataType eDataType, String initialValue) {
		EcoClass result = EcoClass.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertEcoClassToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public StageType createStageTypeFromString(EDataType eDataType, String initialValue) {
		StageType result = StageType.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertStageTypeToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public ExecutionMode createExecutionModeFromString(EDataType eDataType, String initialValue) {
		ExecutionMode result = ExecutionMode.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertExecutionModeToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public RankingPolicyKind createRankingPolicyKindFromString(EDataType eDataType, String initialValue) {
		RankingPolicyKind result = RankingPolicyKind.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertRankingPolicyKindToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public ObjectiveMode createObjectiveModeFromString(EDataType eDataType, String initialValue) {
		ObjectiveMode result = ObjectiveMode.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertObjectiveModeToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public DependencyKind createDependencyKindFromString(EDataType eDataType, String initialValue) {
		DependencyKind result = DependencyKind.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertDependencyKindToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public CaseState createCaseStateFromString(EDataType eDataType, String initialValue) {
		CaseState result = CaseState.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertCaseStateToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public FailureType createFailureTypeFromString(EDataType eDataType, String initialValue) {
		FailureType result = FailureType.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertFailureTypeToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Severity createSeverityFromString(EDataType eDataType, String initialValue) {
		Severity result = Severity.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertSeverityToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public ContainmentScope createContainmentScopeFromString(EDataType eDataType, String initialValue) {
		ContainmentScope result = ContainmentScope.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertContainmentScopeToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public ParameterType createParameterTypeFromString(EDataType eDataType, String initialValue) {
		ParameterType result = ParameterType.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertParameterTypeToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public RollbackPolicy createRollbackPolicyFromString(EDataType eDataType, String initialValue) {
		RollbackPolicy result = RollbackPolicy.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertRollbackPolicyToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public PriorConfidence createPriorConfidenceFromString(EDataType eDataType, String initialValue) {
		PriorConfidence result = PriorConfidence.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertPriorConfidenceToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public SourceLine createProvenance(final String it) {
		return io.noodle.model.derived.SourceLine.parse(it);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public SourceLine createProvenanceFromString(EDataType eDataType, String initialValue) {
		return createProvenance(initialValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertProvenance(final SourceLine it) {
		return it == null ? null : it.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertProvenanceToString(EDataType eDataType, Object instanceValue) {
		return convertProvenance((SourceLine)instanceValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NoodlePackage getNoodlePackage() {
		return (NoodlePackage)getEPackage();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @deprecated
	 * @generated
	 */
	@Deprecated
	public static NoodlePackage getPackage() {
		return NoodlePackage.eINSTANCE;
	}

} //NoodleFactoryImpl
