export { HeatMap, type HeatMapProps } from './HeatMap';
export { RiskRegister, type RiskRegisterProps } from './RiskRegister';
export { AnalysisReport, type AnalysisReportProps } from './AnalysisReport';
export { LevelText } from './LevelText';
