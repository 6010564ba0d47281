package io.planwatch.producers.simulate;

import io.planwatch.domain.catalogue.Catalogue;
import io.planwatch.domain.model.MilestoneType;
import io.planwatch.domain.model.Region;
import io.planwatch.domain.model.RegionKind;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * A plausible list of named major projects per region, all marked simulated (ids {@code SIM-…},
 * names ending in （模拟）): a dozen in Hunnan, six in Shenyang, four in Heping and in Liaoning, two in
 * every other district and county of Shenyang. Sizes cover the ≥1 亿, ≥10 亿 and ≥100 亿元 classes.
 * About one project in six misses a milestone; Hunnan's second project misses its start planned for
 * February of the first year, so that an overdue milestone shows up in the first months.
 */
final class ProjectPortfolio {
  private static final String HUNNAN = "210112";
  private static final String SHENYANG = "210100";

  /** Sector and name stem of the projects, drawn in turn. */
  private static final List<String[]> TEMPLATES =
      List.of(
          new String[] {"新一代信息技术", "集成电路装备产业园"},
          new String[] {"高端装备制造", "智能制造装备基地"},
          new String[] {"新能源汽车", "新能源汽车零部件产业园"},
          new String[] {"生命健康", "生物医药创新中心"},
          new String[] {"基础设施", "城市综合管廊工程"},
          new String[] {"现代服务业", "数字经济总部基地"},
          new String[] {"先进材料", "新材料研发生产基地"},
          new String[] {"文化旅游", "文旅综合体"},
          new String[] {"基础设施", "老旧小区改造及城市更新项目"},
          new String[] {"社会事业", "区域医疗中心"},
          new String[] {"新型基础设施", "5G与数据中心项目"},
          new String[] {"临空经济", "航空物流园"},
          new String[] {"社会事业", "职业教育园区"},
          new String[] {"现代农业", "现代农业产业园"},
          new String[] {"能源", "分布式光伏与储能项目"},
          new String[] {"现代服务业", "科技金融中心"});

  private ProjectPortfolio() {}

  /** The projects of every region, in catalogue order of the regions. */
  static List<SimulatedProject> of(Catalogue catalogue, SimulationConfig config) {
    List<SimulatedProject> projects = new ArrayList<>();
    for (Region region : catalogue.regions().values()) {
      int count = count(region);
      for (int i = 0; i < count; i++) {
        projects.add(project(region, i, config));
      }
    }
    return List.copyOf(projects);
  }

  private static int count(Region region) {
    if (region.kind() == RegionKind.ZONE) {
      return 0;
    }
    return switch (region.code()) {
      case HUNNAN -> 12;
      case SHENYANG -> 6;
      case "210102", "210000" -> 4;
      default -> SHENYANG.equals(region.parentCode()) ? 2 : 0;
    };
  }

  private static SimulatedProject project(Region region, int index, SimulationConfig config) {
    SplittableRandom random = Seeds.of(config.seed(), "project|" + region.code() + "|" + index);
    int offset = (int) Math.floorMod(region.code().hashCode(), TEMPLATES.size());
    String[] template = TEMPLATES.get((offset + index) % TEMPLATES.size());
    String id = String.format("SIM-%s-%02d", region.code(), index + 1);
    String name = shortName(region) + template[1] + "（模拟）";
    double total = total(region, index, random);
    boolean forcedEarlyMiss = HUNNAN.equals(region.code()) && index == 1;
    LocalDate start =
        forcedEarlyMiss
            ? LocalDate.of(config.firstYear(), 2, 10)
            : YearMonth.of(config.firstYear(), 2)
                .plusMonths(random.nextInt(20))
                .atDay(5 + random.nextInt(20));
    Map<MilestoneType, LocalDate> planned = new EnumMap<>(MilestoneType.class);
    planned.put(MilestoneType.PREPARATION, start.minusMonths(7 + random.nextInt(3)));
    planned.put(MilestoneType.APPROVAL, start.minusMonths(3 + random.nextInt(3)));
    planned.put(MilestoneType.SIGNING, start.minusMonths(1 + random.nextInt(2)));
    planned.put(MilestoneType.START, start);
    LocalDate completion = start.plusMonths(12 + random.nextInt(19));
    planned.put(MilestoneType.COMPLETION, completion);
    planned.put(MilestoneType.OPERATION, completion.plusMonths(1 + random.nextInt(3)));
    MilestoneType missedFrom = null;
    if (forcedEarlyMiss) {
      missedFrom = MilestoneType.START;
    } else if (random.nextDouble() < 1.0 / 6) {
      missedFrom = random.nextBoolean() ? MilestoneType.START : MilestoneType.COMPLETION;
    }
    Map<MilestoneType, LocalDate> actual = new EnumMap<>(MilestoneType.class);
    for (Map.Entry<MilestoneType, LocalDate> entry : planned.entrySet()) {
      int delay = random.nextInt(51) - 10;
      if (missedFrom == null || entry.getKey().compareTo(missedFrom) < 0) {
        actual.put(entry.getKey(), entry.getValue().plusDays(delay));
      }
    }
    double pace = missedFrom == MilestoneType.COMPLETION ? 0.6 : 0.85 + 0.25 * random.nextDouble();
    return new SimulatedProject(id, name, region.code(), template[0], total, planned, actual, pace);
  }

  private static double total(Region region, int index, SplittableRandom random) {
    boolean big =
        HUNNAN.equals(region.code())
            || SHENYANG.equals(region.code())
            || region.parentCode() == null;
    double total;
    if (index == 0 && big) {
      total = 100 + 80 * random.nextDouble();
    } else if (index % 3 == 1) {
      total = 10 + 70 * random.nextDouble();
    } else {
      total = 1.2 + 8.3 * random.nextDouble();
    }
    return Decimals.round(total, 2);
  }

  private static String shortName(Region region) {
    String zh = region.nameZh();
    int cut = zh.endsWith("新区") ? 2 : 1;
    return zh.length() > cut + 1 ? zh.substring(0, zh.length() - cut) : zh;
  }
}
