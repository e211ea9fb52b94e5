package org.pathsum.benchmarks.report;

import java.awt.Color;
import java.io.IOException;
import java.nio.file.Path;
import java.text.DecimalFormat;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.TreeSet;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.LogAxis;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.category.DefaultCategoryDataset;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/** The report's PNG charts, drawn headless with JFreeChart. */
final class Charts {

  static final int WIDTH = 900;
  static final int HEIGHT = 540;

  private Charts() {}

  /**
   * Forward and reverse Jacobian time against n (log–log), for the smallest and largest m measured.
   * Writes nothing and returns false if there are no Jacobian results.
   */
  static boolean forwardVsReverse(List<JmhResult> results, Path png) throws IOException {
    TreeSet<Integer> ms = new TreeSet<>();
    for (JmhResult r : results) {
      if (r.className().equals("JacobianBenchmark")) {
        ms.add(Integer.parseInt(r.params().get("m")));
      }
    }
    if (ms.isEmpty()) {
      return false;
    }
    XYSeriesCollection data = new XYSeriesCollection();
    String unit = "";
    for (int m : new TreeSet<>(List.of(ms.first(), ms.last()))) {
      for (String method : List.of("forwardJacobian", "reverseJacobian")) {
        XYSeries series = new XYSeries(method.replace("Jacobian", "") + ", m = " + m);
        for (JmhResult r : results) {
          if (r.className().equals("JacobianBenchmark")
              && r.method().equals(method)
              && r.params().get("m").equals(Integer.toString(m))) {
            series.add(Double.parseDouble(r.params().get("n")), r.score());
            unit = r.unit();
          }
        }
        data.addSeries(series);
      }
    }
    JFreeChart chart =
        ChartFactory.createXYLineChart(
            "Full Jacobian of f: R^n -> R^m, forward vs reverse mode",
            "n (inputs)",
            "time per Jacobian (" + unit + ")",
            data,
            PlotOrientation.VERTICAL,
            true,
            false,
            false);
    XYPlot plot = chart.getXYPlot();
    plot.setDomainAxis(decades("n (inputs)"));
    plot.setRangeAxis(decades("time per Jacobian (" + unit + ")"));
    plot.setRenderer(new XYLineAndShapeRenderer(true, true));
    style(chart);
    ChartUtils.saveChartAsPNG(png.toFile(), chart, WIDTH, HEIGHT);
    return true;
  }

  /**
   * A bar chart of ratios: one bar group per value of {@code columnParam}, one bar per figure, on a
   * log axis with bars starting at 1 (parity). Returns false, writing nothing, if no ratio matches.
   */
  static boolean ratioBars(
      String title, List<Ratio> ratios, List<String> figures, String columnParam, Path png)
      throws IOException {
    DefaultCategoryDataset data = new DefaultCategoryDataset();
    List<String> values = new ArrayList<>();
    for (Ratio r : ratios) {
      String v = r.params().getOrDefault(columnParam, "—");
      if (figures.contains(r.spec().figure()) && !values.contains(v)) {
        values.add(v);
      }
    }
    if (values.isEmpty()) {
      return false;
    }
    if (values.stream().allMatch(v -> v.matches("-?[0-9.eE+]+"))) {
      values.sort(Comparator.comparingDouble(Double::parseDouble));
    }
    List<String> columnOrder = new ArrayList<>();
    for (String v : values) {
      columnOrder.add(columnParam + " = " + v);
    }
    for (String column : columnOrder) { // registers the columns in order; values come next
      data.addValue((Number) null, figures.get(0), column);
    }
    for (String figure : figures) {
      for (String column : columnOrder) {
        for (Ratio r : ratios) {
          String c = columnParam + " = " + r.params().getOrDefault(columnParam, "—");
          if (r.spec().figure().equals(figure) && c.equals(column)) {
            data.addValue(r.value(), figure, column);
          }
        }
      }
    }
    JFreeChart chart =
        ChartFactory.createBarChart(
            title,
            "",
            "ratio (log scale; 1 = parity)",
            data,
            PlotOrientation.VERTICAL,
            true,
            false,
            false);
    CategoryPlot plot = chart.getCategoryPlot();
    plot.setRangeAxis(decades("ratio (log scale; 1 = parity)"));
    BarRenderer renderer = (BarRenderer) plot.getRenderer();
    renderer.setBase(1.0);
    renderer.setShadowVisible(false);
    renderer.setDrawBarOutline(false);
    style(chart);
    ChartUtils.saveChartAsPNG(png.toFile(), chart, WIDTH, HEIGHT);
    return true;
  }

  /** A base-10 log axis with a tick per decade, labeled with plain numbers. */
  private static LogAxis decades(String label) {
    LogAxis axis = new LogAxis(label);
    axis.setBase(10);
    axis.setTickUnit(new NumberTickUnit(1.0));
    axis.setMinorTickMarksVisible(true);
    axis.setNumberFormatOverride(new DecimalFormat("#,##0.####"));
    return axis;
  }

  private static void style(JFreeChart chart) {
    chart.setBackgroundPaint(Color.WHITE);
    chart.getPlot().setBackgroundPaint(Color.WHITE);
  }
}
