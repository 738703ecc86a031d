"""What residents write, in both languages, mapped to the labels the intake classifier scores.

Each vocabulary is a table with one line per label and weight, ``label weight: term, term, …``;
a label and weight may take several lines. A term may sit under several labels (漏水 names
the water category and says something is broken). Chinese terms are matched as substrings of
the normalised text, longest first, so 电梯厅 is a place and never a lift, 物业费 is a fee and
never 物业. English terms are phrases matched on word stems (leak/leaks/leaking/leaked),
longest first as well. Things and places, and signals (broken … unknown), are scanned
separately, so "漏水" can be both a water thing and a symptom.

Labels:
- ``repair.<category>``: the thing that needs fixing (see REPAIR_CATEGORIES);
- ``complaint.<type>``: what a grievance is about (see COMPLAINT_TYPES);
- ``fee``: bills, amounts, payment;
- ``broken``: something does not work (坏了, 不亮, stuck, won't open);
- ``grievance``: dissatisfaction (投诉, 太差, unacceptable, nobody);
- ``question``: asking (多少, 什么时候, how much, when);
- ``resolved``: the problem is over (修好了, fixed now): a thank-you, not a report;
- ``unknown``: greetings, thanks and topics the bot routes elsewhere (parcels, visitors,
  renovation applications, votes, events);
- ``unit`` / ``public``: where the thing is (inside the home / shared parts of the estate).

Weights: 1 a hint, 2 a usual word, 3 a word that decides on its own, 4 for lifts and gas,
which win over anything they are mentioned with (a lift's door or light is a lift job;
a gas smell is gas whatever else is said).
"""

from __future__ import annotations

REPAIR_CATEGORIES = (
    "water",
    "electricity",
    "doors_windows",
    "elevator",
    "public_area",
    "gas",
    "other",
)
COMPLAINT_TYPES = (
    "attitude",
    "sanitation",
    "noise",
    "parking",
    "security",
    "neighbours",
    "fees",
    "other",
)
LABELS = (
    *(f"repair.{c}" for c in REPAIR_CATEGORIES),
    *(f"complaint.{t}" for t in COMPLAINT_TYPES),
    "fee",
    "unit",
    "public",
    "broken",
    "grievance",
    "question",
    "resolved",
    "unknown",
)

# English spelling, before stemming: contractions spelled out (also when typed without the
# apostrophe), words the stemmer must leave alone (parked is not a car park, charging an
# e-bike is not a charge), and the words that negate a following "fixed".
CONTRACTIONS = (
    ("won't", "will not"),
    ("can't", "can not"),
    ("cannot", "can not"),
    ("n't", " not"),
    ("'s", ""),
    ("'re", ""),
    ("'ve", ""),
    ("'ll", ""),
    ("'d", ""),
    ("'m", ""),
)
UNAPOSTROPHED = {
    "doesnt": "does not",
    "dont": "do not",
    "didnt": "did not",
    "isnt": "is not",
    "cant": "can not",
    "wont": "will not",
    "wouldnt": "would not",
    "hasnt": "has not",
    "havent": "have not",
    "arent": "are not",
}
STEM_KEEP = frozenset(
    {
        "parked",
        "parking",
        "charging",
        "morning",
        "evening",
        "blocked",
        "blocking",
        "plastered",
        "knocked",
        "news",
        "always",
    }
)
NEGATORS = ("not", "no", "nobody", "never", "noone")

ZH = """
repair.water 3: 漏水,渗水,滴水,水管,水龙头,下水道,下水管,地漏,马桶,坐便器,蹲便器,没水,停水,水压
repair.water 3: 爆管,管子爆,冒水,返水,溢水,积水,楼上漏水,水箱,排水管,污水管,雨水管,给排水
repair.water 2: 龙头,下水,洗手盆,洗手池,洗菜盆,洗脸盆,水槽,面盆,花洒,热水器,电热水器,喷水头,喷头
repair.water 2: 喷淋,水表,地暖,暖气,暖气片,管道,管子,出水,进水管,出水口,流水,排水,堵塞,不出水
repair.water 2: 水流,洗衣机,排水口,下水井,漫出来,水渍,洗碗机
repair.water 1: 阀门,接头,淋浴,下不去,冲水,水
repair.electricity 3: 停电,没电,断电,跳闸,插座,开关,电路,电线,线路,漏电,短路,电闸,空开,空气开关
repair.electricity 3: 灯,灯泡,灯管,路灯,声控灯,感应灯,应急灯,楼道灯,照明,吸顶灯,浴霸,冒火花
repair.electricity 2: 电表,电源,灯具,火花,一闪一闪,电箱,配电箱,电热水器,插头,烧焦,电线杆
repair.electricity 1: 不亮,黑乎乎,很黑,有电,焦味,闪,全黑
repair.doors_windows 3: 门禁,门锁,锁芯,窗户,纱窗,纱门,闭门器,单元门,入户门,防盗门,推拉门,门把手
repair.doors_windows 3: 门窗,可视对讲,门禁卡,防火门,猫眼,窗框,门框,合页
repair.doors_windows 2: 窗,把手,玻璃,对讲,刷卡,大门,锁,门铃,漏风,关不上,关不严,锁不上,打不开
repair.doors_windows 2: 推不开,推不动
repair.doors_windows 1: 门,钥匙,锁舌
repair.elevator 4: 电梯,升降梯,货梯,客梯,扶梯,轿厢,直梯
repair.elevator 3: 被困,困人,关人,平层,蹲底,冲顶
repair.elevator 2: 上下跑,停不下来,按键
repair.public_area 3: 道闸,栏杆,围栏,护栏,围墙,长椅,滑梯,秋千,儿童乐园,游乐设施,健身器材,健身器
repair.public_area 3: 井盖,窨井,路面,大树,树倒了,通风管,通风管道,风管,外墙,外墙砖,消防栓,消火栓
repair.public_area 3: 灭火器,消防器材,消防设施,消防箱,宣传栏,公告栏,指示牌,标识牌,雨棚,化粪池
repair.public_area 3: 公共设施,篮球架,篮球场,球场,运动场,网球场,乒乓球台,喷泉,水景,路沿,花坛
repair.public_area 2: 扶手,地砖,树,树枝,台阶,垃圾桶,垃圾箱,路灯杆,凉亭,座椅,坑,板子,铁门,自行车棚
repair.public_area 2: 车棚
repair.public_area 1: 盖子,螺丝,掉下来,刮倒
repair.gas 4: 燃气,煤气,天然气,液化气,燃气灶,燃气表,燃气热水器,燃气报警器,漏气,没气
repair.gas 3: 灶台,灶头,打不着火,点不着,气表,燃气管,煤气罐,臭鸡蛋味,鸡蛋味,燃气泄漏
repair.gas 2: 灶,点火,打火,软管,嘶嘶
repair.other 3: 瓷砖,空调,油烟机,抽油烟机,晾衣架,有线电视,烟感,烟雾报警器,空鼓,石膏板,吊顶,起拱
repair.other 2: 墙砖,裂缝,外机,天花板,墙面,墙皮,发霉,地板,地板砖,电视,信号,网络,宽带,衣柜,柜门
repair.other 2: 橱柜,房屋质量,起皮,脱落,霉斑,霉点,返潮,墙角
repair.other 1: 支架,墙,缝,霉,质量问题,翘
complaint.attitude 4: 服务态度
complaint.attitude 3: 态度,不耐烦,爱答不理,不理人,骂人,大吼大叫,挂电话,挂我电话,推脱,推诿,踢皮球
complaint.attitude 3: 敷衍,不负责,不作为,不礼貌,没礼貌,说话太冲,说话冲,不接电话,没人接,甩脸色
complaint.attitude 3: 阴阳怪气,冷嘲热讽,翻白眼,不搭理,看不起人
complaint.attitude 2: 骂,吼,凶,不上心,一拖再拖,拖拉,不专业,脾气,爱理不理,不回消息,没人回
complaint.attitude 1: 维修工,维修师傅,前台,客服,管家,工作人员,物业的人,服务,师傅,保洁阿姨
complaint.sanitation 3: 卫生,环境卫生,脏,发臭,小广告,乱贴,乱张贴,没人打扫,没打扫,没人清,没人收
complaint.sanitation 3: 没拖,蚊蝇,满了,堆成山,恶臭
complaint.sanitation 2: 垃圾,臭,臭味,异味,打扫,清理,清扫,狗屎,狗粪,粪便,涂鸦,蚊子,苍蝇,蟑螂,老鼠
complaint.sanitation 2: 吐了,呕吐,拖地,绿藻,污水,杂草,垃圾房,垃圾站,灰尘,保洁,绿化带,花坛里
complaint.sanitation 1: 灰,草坪,绿化,修剪,落叶,池塘,味道
complaint.noise 3: 吵,噪音,噪声,扰民,广场舞,高音喇叭,跺脚,装修声,狗叫,一直叫,叫个不停,没法睡
complaint.noise 3: 睡不着,音响,唱歌,砸墙,电钻
complaint.noise 2: 音乐,拖椅子,弹琴,钢琴,大声,很响,声音,施工,敲打,放歌
complaint.noise 1: 装修,半夜,深夜,凌晨,晚上,叫,喝酒,响
complaint.parking 3: 车位,乱停,乱停车,挪车,违停,违章停车,僵尸车,占车位,停满
complaint.parking 2: 停车,停车场,外来车辆,停在,停了,横在,挡住,堵门,挡路
complaint.parking 1: 车,车辆,电动车,汽车,堵住
complaint.security 3: 陌生人,随便进,随便就进,随意进出,被偷,小偷,盗窃,撬,撬锁,不安全,高空抛物,打架
complaint.security 3: 赌博,火灾隐患,安全隐患,消防隐患,飞线充电,睡觉,谁都能进,外人,翻墙,爬墙,闯入
complaint.security 3: 尾随,可疑人员
complaint.security 2: 偷,监控,摄像头,巡逻,推销,安全,门岗,隐患,充电,易燃,没人管
complaint.security 1: 保安,外卖员,快递员,敲门,危险,登记
complaint.neighbours 3: 邻居,种菜,私搭乱建,乱搭,占用楼道,堆放,堆在,杂物
complaint.neighbours 2: 养狗,宠物,狗,猫,鸽子,拉屎,拉尿,撒尿,抽烟,烟味,圈起来,婴儿车,鞋柜,占了
complaint.neighbours 1: 对门,隔壁,楼上,楼下邻居,自行车,放在门口
complaint.fees 4: 乱收费,多收,重复扣,重复收,扣了两次,收了两次,拒绝交,拒交,明明交过,已经交过,算错
complaint.fees 3: 太贵,涨价,不交,还催,凭什么收,这么高,太高,这么贵
complaint.fees 2: 贵,两次,扣了,高了,扣
complaint.other 2: 不更新,没更新,过期,不公开,账目,不通知,不回复,征求,意见,乱七八糟,看不懂,取消了
complaint.other 1: 通知,公示,活动,物业
fee 4: 物业费,管理费,停车费,水费,电费,水电费,燃气费,垃圾清运费,清运费,装修押金,缴费,交费,欠费
fee 4: 账单,滞纳金,收费标准
fee 3: 押金,保证金,费用,收据,发票,到账,续费,月卡,催缴,公摊,缴费记录,交费记录,信用卡,要交多少
fee 2: 收费,转账,付款,支付,支付宝,欠,多少钱,交了,缴,一平,每平,平方
fee 1: 微信,余额,优惠,价格,钱,交过,费
broken 3: 坏了,坏掉,故障,不能用,用不了,失灵,没反应,不工作,被困,困人,漏气,漏电,冒火花,爆了,没修好
broken 3: 漏水,渗水,爆管,冒水,返水,溢水,堵了,堵塞,黑屏,不走字,泄漏
broken 2: 坏,不亮,漏,堵,卡住,卡在,不动,不走,打不开,关不上,关不严,锁不上,推不开,推不动,拧不动
broken 2: 打不着,点不着,抬不起来,不通,没电,没水,没气,停电,停水,跳闸,破了,碎了,裂了,断了,掉了,塌
broken 2: 松了,松动,倒了,异响,一直响,不灭,一直闪,灭了,脱落,掉下来,刮倒,漏风,不制冷,不抽,不出水
broken 2: 摇不下来,嘀嘀,报警,没信号,没声音,停用,不来,晃,锈,生锈,渗,发霉,起皮,翘起来,滴水,滴,积水
broken 2: 湿了,老是跳,一直跳,闪烁,全黑,烧焦,掉了一个,停不下来,乱跑,漫出来
broken 1: 修,维修,报修,坏,问题,有点,又,一直,异常,响
grievance 3: 投诉,忍无可忍,太不像话,垃圾物业,什么服务
grievance 2: 不满,太差,不像话,太过分,过分,受不了,凭什么,不合理,没人管,没人理,也不管,从来不,从来没
grievance 2: 一直没人,没人修,气死,无语,管管,能不能管,举报,违章,不文明,素质,根本,死了,明明
grievance 1: 差,不管,没人,怎么回事,严重,反映,太,还要,又,一点,好几天,为什么
question 3: 多少钱,怎么交,在哪里交,在哪交,怎么付,怎么缴
question 2: 多少,什么时候,哪天,查一下,查询,到了没有,到了吗,哪些
question 1: 怎么,如何,哪里,哪,吗,是否,能不能,可以,请问,有没有,查
resolved 3: 修好了,已经修好,已经好了,没问题了,搞定了,恢复了,已修复,好了谢谢
resolved 2: 修好,好了
unknown 3: 天气,下雨,快递,包裹,访客,家庭成员,装修申请,装修手续,办装修,业主大会,维修基金,维修资金
unknown 3: 游泳池,好吃的,下班,上班时间,搬家,搬走,快递柜,取件
unknown 2: 你好,您好,在吗,在不在,有人吗,谢谢,感谢,辛苦了,早上好,晚上好,下午好,收到,投票,表决,签字
unknown 2: 几点,电话多少,活动,有空吗,哈哈
unknown 1: 好的,嗯,哦,登记,材料,手续,问一下,电话
public 3: 楼道,走廊,楼梯间,大堂,电梯厅,地库,车库,地下车库,停车场,主干道,公共,公区,单元门口,声控灯
public 3: 感应灯,路灯,楼道灯,门禁,单元门,消防通道,垃圾房
public 2: 楼梯,小区,花园,大门口,出入口,东门,西门,南门,北门,广场,楼顶,天台,屋顶,室外,楼外,外墙
public 2: 应急灯,防火门,大门,路上,草坪,绿地
public 1: 门口,楼下,单元,栋,号楼,楼栋,每层,层
unit 3: 我家,家里,家中,屋里,室内,户内,楼上漏水,入户门
unit 2: 厨房,卫生间,厕所,洗手间,浴室,卧室,客厅,书房,阳台,房间,餐厅,主卧,次卧,儿童房
unit 1: 家,马桶,水龙头,插座,窗户
"""

EN = """
repair.water 3: leak, leaking pipe, tap, faucet, drain, toilet, cistern, plumbing, burst pipe
repair.water 3: water main, no water, water pressure, backed up, flooded, clogged, blocked
repair.water 3: seeping, wet patch, water coming through, water dripping, sewage, sewer
repair.water 2: drip, pipe, sink, basin, flush, shower, shower head, water heater, boiler
repair.water 2: radiator, floor heating, sprinkler, water meter, overflow, weak flow
repair.water 2: low pressure, drainage, puddle, damp ceiling, plumber, water spraying, hot water
repair.water 2: squirting, spurting, gushing, dishwasher, washing machine hose
repair.water 2: hose under the sink
repair.water 1: water, valve, wet, damp, flood
repair.electricity 3: power cut, power outage, no power, lost power, power is out, power gone
repair.electricity 3: socket, breaker, circuit breaker, fuse, wiring, short circuit, light
repair.electricity 3: lights, lighting, lamp, street light, street lamp, bulb, sparks
repair.electricity 3: burning smell, no electricity, heat lamp, motion sensor light
repair.electricity 2: power, electricity, electric, outlet, switch, light switch
repair.electricity 2: electricity meter, wire, fuse box, not light up, flicker, scorch, scorched
repair.electricity 1: dark, plug, trip
repair.doors_windows 3: door, front door, lock, latch, hinge, window, window screen, fly screen
repair.doors_windows 3: mosquito screen, mosquito net, intercom, access card, access control
repair.doors_windows 3: card reader, entry gate, face recognition, door closer, peephole
repair.doors_windows 3: sliding door, fire door, door handle, doorbell, window handle, keypad
repair.doors_windows 2: key, handle, screen door, glass door, pane, buzzer, closer, gate
repair.doors_windows 1: glass, track, runner
repair.elevator 4: lift, elevator, lifts, service lift, goods lift, escalator
repair.elevator 3: trapped, stuck between floors
repair.elevator 2: between floors, skipped my floor, skips floors
repair.elevator 1: floor level, emergency button
repair.public_area 3: bench, railing, fence, pothole, paving, paving stone, playground equipment
repair.public_area 3: slide, swing, fitness equipment, gym equipment, fitness machine, manhole
repair.public_area 3: manhole cover, barrier, boom gate, tree, fallen tree, ventilation duct
repair.public_area 3: duct, fire hydrant, hydrant, fire extinguisher, extinguisher, fire hose
repair.public_area 3: hose reel, notice board, canopy, wall tiles outside, exterior wall
repair.public_area 3: bike shed, communal facility, public facility, basketball hoop
repair.public_area 3: basketball court, sports court, tennis court, court, ping pong table
repair.public_area 3: fountain, kerb, curb, steps
repair.public_area 2: handrail, branch, bin, dustbin, ceiling panel, steps, sign, signpost, vent
repair.public_area 2: pavement, playground, paving slab, stairwell ceiling
repair.public_area 1: plaster, wall, path, road
repair.gas 4: gas, natural gas, lpg, gas leak, smell gas, gas smell, gas meter, gas valve
repair.gas 4: gas pipe, gas alarm, gas detector, gas water heater, gas hose, gas stove
repair.gas 4: gas supply
repair.gas 3: hob, burner, stove, cooker, ignite, won't ignite, gas cooker, rotten egg
repair.gas 3: rotten eggs, rotten egg smell
repair.gas 2: flame, pilot light, not light, hissing
repair.gas 1: click, hiss
repair.other 3: tile, tiles, air conditioner, aircon, air con, ac, mould, mold, cable tv
repair.other 3: tv signal, smoke alarm, smoke detector, extractor fan, range hood, cooker hood
repair.other 3: drying rack, clothes rack, wardrobe, suspended ceiling, wooden floor
repair.other 2: crack, outdoor unit, ceiling, plaster, paint, floor, tv, signal, wifi, internet
repair.other 2: broadband, cupboard, cabinet, buckling, bracket, construction quality, flaking
repair.other 2: peeling, mildew, damp patch, spots of mould
repair.other 1: wall, quality, chirp
complaint.attitude 3: rude, attitude, impolite, unprofessional, yelled, shouted, swore, swear
complaint.attitude 3: hung up, hang up on, pass the buck, nobody picks up, no one picks up
complaint.attitude 3: nobody answers the phone, ignored me, ignore me, on her phone, on his phone
complaint.attitude 3: never follows up, never does anything, keeps promising, sarcastic
complaint.attitude 3: condescending, patronising, dismissive, talked down, eye roll
complaint.attitude 2: yell, shout, ignore, lazy, arrogant, never replies, no reply, scrolling
complaint.attitude 2: wouldn't even look
complaint.attitude 1: staff, repairman, guard, butler, receptionist, front desk, cleaner, plumber
complaint.attitude 1: technician, manager, hotline, customer service
complaint.sanitation 3: dirty, filthy, stink, stinks, smelly, hygiene, sanitation, not emptied
complaint.sanitation 3: overflowing bins, nobody has cleaned, nobody cleans, not cleaned
complaint.sanitation 3: not swept, not mopped, dog poo, dog poop, cockroaches, vomit, vomited
complaint.sanitation 3: threw up, graffiti, litter
complaint.sanitation 2: rubbish, garbage, trash, emptied, sweep, swept, mop, mopped, dust, poo
complaint.sanitation 2: poop, ads, flyers, flies, mosquitoes, cockroach, rats, mice, algae, weeds
complaint.sanitation 2: mess, garbage room, bin room, plastered, cleaning, smell, overflowing
complaint.sanitation 2: flower beds, flower bed
complaint.sanitation 1: clean, bin, lawn, grass, pond, collect
complaint.noise 3: noise, noisy, loud, racket, square dancing, square dance, karaoke, ktv
complaint.noise 3: stomping, stomp, barking, bark, barks, howl, can't sleep, cannot sleep
complaint.noise 3: too loud, drilling
complaint.noise 2: music, speaker, drill, hammering, dragging furniture, moving furniture
complaint.noise 2: singing, party, piano, disturb, smashing walls, banging
complaint.noise 1: renovation, all night, at night, midnight, bang, slam, slams, dog
complaint.parking 3: parked, parking space, parking spot, my spot, my space, blocked me in
complaint.parking 3: blocked in, double parked, fire lane, move his car, move their car
complaint.parking 3: move your car, visitor parking, abandoned car
complaint.parking 2: parking, car parking, parks, park here, across the gate, sideways
complaint.parking 2: can't get through
complaint.parking 1: car, cars, suv, vehicle, scooters, abandoned
complaint.security 3: stolen, stole, steal, theft, thief, burglar, break in, broke in
complaint.security 3: break my lock, stranger, strangers, knocking on doors, asleep
complaint.security 3: sleeping on duty, anyone can walk in, anyone can come in, unsafe, fire risk
complaint.security 3: fire hazard, propped open, walk into the compound, don't check, not check
complaint.security 3: door to door, throwing things, security, climbing over the wall
complaint.security 3: climb over the wall, climbing over, intruder, intruders, trespass
complaint.security 3: tailgating, suspicious
complaint.security 2: cctv, camera, patrol, safety, selling, fight, gambling, charging
complaint.security 2: e bike battery, walk in, let in
complaint.security 1: guard, guards, dangerous, delivery riders, nobody checks
complaint.neighbours 3: neighbour, neighbours, neighbor, neighbors, fenced off, junk, clutter
complaint.neighbours 3: taking up the, pee, peeing, pees, urine, smokes, cigarette
complaint.neighbours 2: pet, pets, cat, pigeons, pigeon, dumping, piling, veg, vegetables, pram
complaint.neighbours 2: occupying, next door, across the hall, people opposite
complaint.neighbours 1: upstairs, opposite, stuff, bikes, bags, dog
complaint.fees 4: charged twice, overcharged, overcharge, refuse to pay, already paid, chasing me
complaint.fees 4: rip off, double charged, charged me twice
complaint.fees 3: too expensive, expensive, deducted, price increase, went up, not pay
complaint.fees 3: must be wrong, ridiculously high, too high
complaint.fees 2: twice, deduct, increase, overpriced
complaint.other 2: never publishes, publish the accounts, accounts, nobody told, without asking
complaint.other 2: expired, expired notices, last year, out of date, outdated, never updated
complaint.other 2: not updated, no one told, cancelled, makes no sense, never answers questions
complaint.other 1: notice, notices, announcement, management, owners group
fee 4: property fee, management fee, service charge, water bill, electricity bill, gas bill
fee 4: parking fee, late fee, bills, bill, arrears
fee 3: fee, fees, payment, pay, paid, owe, invoice, fapiao, receipt, deposit, bank transfer
fee 3: alipay, wechat pay, renew, debris removal, charge, charges, credit card, payment history
fee 3: need to pay
fee 2: due, transfer, cost, price, discount, upfront, balance, top up, parking pass
fee 2: per square metre, per square meter, how much
fee 1: wechat, credit, deadline, money
broken 3: broken, broke, not working, out of order, does not work, is not working, trapped, stuck
broken 3: won't open, won't close, won't shut, won't lock, won't move, won't go, burst, collapsed
broken 3: smashed, out, no water, no power, no electricity, no gas, no hot water, lost power
broken 3: power cut, outage
broken 2: not work, not open, not close, not shut, not lock, not turn, not come on, not turn on
broken 2: not light up, not ignite, not flush, not drain, not move, not go, not stop, not answer
broken 2: dead, fell, fell off, came off, came down, come down, fall, falling, cracked, crack
broken 2: loose, wobbly, leaks, leaking, leak, dripping, clogged, blocked, flicker, flickering
broken 2: sparks, tripping, trips, jammed, seized, rusted, rusty, spinning, blank, faulty, fault
broken 2: keeps going off, beeping, no signal, won't light, goes out, going out, hanging loose
broken 2: damaged, torn, hole, down, gone, snapped, knocked over, blocking, chirping
broken 2: keeps beeping, black, spraying, crumbled, crumbling, all off, off, skipped, overflowing
broken 1: not, no, none, knocked, problem, again, nothing happens, does nothing, weird noise
broken 1: noise, jerk, banging, hissing, sticking up, popping up, clank, clanks, rattle, chirp
grievance 3: complain, complaint, unacceptable, fed up, sick of, disgusting, ridiculous
grievance 3: makes no sense
grievance 2: terrible, awful, not fair, unfair, so bad, worst, no way, nobody, no one, never
grievance 2: for no reason, what's going on, what is going on, do something, annoying, total mess
grievance 1: bad, again, still, for days, for weeks, for months, every day, every night
grievance 1: everywhere, why
question 3: how much, how do i pay, where do i pay
question 2: how do i, when is, when will, did my, has it arrived, is there, what was
question 1: how, when, where, what, which, can i, do i, did, is it, any
resolved 3: fixed now, is fixed, been fixed, got fixed, fixed the, repaired, is working again
resolved 3: working again now, all good now, sorted now, thanks for fixing, is working now
resolved 3: works now
resolved 2: fixed, sorted, solved, resolved
unknown 3: weather, rain, package, packages, parcel, parcels, visitor, family members, restaurant
unknown 3: restaurants, owners meeting, maintenance fund, renovation approval, renovation permit
unknown 3: register a visitor, office close, swimming pool, pool, moving out, moving in, move out
unknown 3: parcel locker, opening time
unknown 2: hello, hey, thanks, thank you, good morning, good evening, morning, evening, got it
unknown 2: anyone there, are you there, are you free, event, events, meeting, vote, documents
unknown 2: phone number, opening hours
unknown 1: hi, ok, okay, lol, test, quick question, question, renovate, cheers, what time, open
public 3: corridor, stairwell, staircase, stairs, lobby, lift lobby, garage, car park, basement
public 3: underground, b1, b2, b3, public, communal, common area, landing, main road, playground
public 3: clubhouse, street light, street lights, street lamp, fire door, entrance, main gate
public 3: south gate, north gate, east gate, west gate, outside wall
public 2: hallway, compound, garden, road, path, pavement, street, gate, shared, our floor
public 2: garbage room, bin room, rubbish room, outside building, outside the building
public 2: on every floor, estate, lawn, rooftop, roof
public 1: building, block, tower, bldg, downstairs, floor, outside
unit 3: my flat, my apartment, my home, my place, my unit, my house, at home, in my flat
unit 3: my hallway, from upstairs, flat above, from the flat above, indoors
unit 2: flat, apartment, home, kitchen, bathroom, bedroom, living room, balcony, study, kids room
unit 2: laundry, my room, master bedroom
unit 1: my, room, inside, toilet, tap, sink, socket
"""
