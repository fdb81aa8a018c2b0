/**
 * The forecast use case: one read, the check, the forecast over the horizon, then one write of the
 * 轮岗预测 sheet. The roster is not marked.
 */
import { Forecast, forecast } from '../core/forecast/forecast';
import { forecastSheet } from '../core/sheets/forecastSheet';
import { AppError, WorkbookPort, WrittenChanges } from '../workbook/port';
import { CheckOptions, loadAndCheck, writeChanges } from './runCheck';

export interface ForecastOptions extends CheckOptions {
  /** The horizon in years after the plan date (default 3). */
  years?: number;
}

export const DEFAULT_FORECAST_YEARS = 3;

/** Checks the roster, forecasts the years ahead and writes the 轮岗预测 sheet. */
export async function runForecast(port: WorkbookPort, options: ForecastOptions): Promise<{ forecast: Forecast; written: WrittenChanges }> {
  const years = options.years ?? DEFAULT_FORECAST_YEARS;
  if (!Number.isInteger(years) || years < 1 || years > 10) throw new AppError({ kind: 'badForecastYears' });
  const check = await loadAndCheck(port, options);
  await options.onProgress?.('forecast', 0.5);
  const result = forecast(check, options.settings, years);
  const written = await writeChanges(port, { sheets: [forecastSheet(result, options.settings)] }, options.onProgress);
  return { forecast: result, written };
}
