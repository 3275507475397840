/**
 * Traditional Chinese (Hong Kong) names of the built-in catalogue, one per row of src/catalogue.ts
 * in its order (the symbol in the comment): no keys, which would double the bytes. Loaded with the
 * locale's messages, so a page in another locale never downloads them.
 *
 * Names are what Hong Kong's own portals print, not translations: the reference page's names are
 * verbatim (spacing included: `標普 500`), so do not "normalize" them. A Hong Kong page names only
 * the foreign currency of an HKD pair (美元 = USD/HKD), says 白金 for platinum, and keeps crypto
 * names in Latin script.
 */
export const names: readonly string[] = [
  '恒指', // ^HSI
  '國指', // ^HSCE
  '上證綜指', // 000001.SS
  '道指', // ^DJI
  '標普 500', // ^GSPC
  '納指', // ^IXIC
  'Vix指數', // ^VIX
  '富時100', // ^FTSE
  'CMC Crypto 200', // ^CMC200
  '恒生科指', // ^HSTECH
  '滬深300', // 000300.SS
  '深證成指', // 399001.SZ
  '創業板指', // 399006.SZ
  '科創50', // 000688.SS
  '上證50', // 000016.SS
  '中證500', // 000905.SS
  '納指100', // ^NDX
  '羅素2000', // ^RUT
  '費城半導體', // ^SOX
  '美匯指數', // DX-Y.NYB
  '多倫多綜合指數', // ^GSPTSE
  '日經平均指數', // ^N225
  '台灣加權指數', // ^TWII
  '南韓綜合指數', // ^KS11
  '澳洲標普200', // ^AXJO
  '新西蘭NZX 50', // ^NZ50
  '新加坡海峽時報指數', // ^STI
  '吉隆坡綜合指數', // ^KLSE
  '雅加達綜合指數', // ^JKSE
  '泰國SET指數', // ^SET.BK
  '印度孟買敏感指數', // ^BSESN
  '印度Nifty 50', // ^NSEI
  '德國DAX', // ^GDAXI
  '法國CAC 40', // ^FCHI
  '歐洲STOXX 50', // ^STOXX50E
  '美元', // HKD=X
  '人民幣', // CNYHKD=X
  '日圓', // JPYHKD=X
  '歐元', // EURHKD=X
  '英鎊', // GBPHKD=X
  '澳元', // AUDHKD=X
  '加元', // CADHKD=X
  '瑞士法郎', // CHFHKD=X
  '新加坡元', // SGDHKD=X
  '紐元', // NZDHKD=X
  '新台幣', // TWDHKD=X
  '泰銖', // THBHKD=X
  '美元/人民幣', // CNY=X
  '港元/人民幣', // HKDCNY=X
  '歐元/人民幣', // EURCNY=X
  '日圓/人民幣', // JPYCNY=X
  '英鎊/人民幣', // GBPCNY=X
  '澳元/人民幣', // AUDCNY=X
  '美元/離岸人民幣', // CNH=X
  '歐元/美元', // EURUSD=X
  '英鎊/美元', // GBPUSD=X
  '澳元/美元', // AUDUSD=X
  '紐約期油', // CL=F
  '金價', // GC=F
  '布蘭特期油', // BZ=F
  '銀價', // SI=F
  '銅價', // HG=F
  '天然氣', // NG=F
  '白金', // PL=F
  '鈀金', // PA=F
  'Bitcoin', // BTC-USD
  'Ethereum', // ETH-USD
  'Solana', // SOL-USD
  'BNB', // BNB-USD
  'Litecoin', // LTC-USD
  'XRP', // XRP-USD
  'Dogecoin', // DOGE-USD
  'Cardano', // ADA-USD
  'Tether', // USDT-USD
  '騰訊控股', // 0700.HK
  '阿里巴巴-W', // 9988.HK
  '滙豐控股', // 0005.HK
  '友邦保險', // 1299.HK
  '中國移動', // 0941.HK
  '美團-W', // 3690.HK
  '香港交易所', // 0388.HK
  '小米集團-W', // 1810.HK
  '建設銀行', // 0939.HK
  '工商銀行', // 1398.HK
  '中國銀行', // 3988.HK
  '農業銀行', // 1288.HK
  '招商銀行', // 3968.HK
  '中國平安', // 2318.HK
  '中國人壽', // 2628.HK
  '中國海洋石油', // 0883.HK
  '中國石油股份', // 0857.HK
  '中國石油化工股份', // 0386.HK
  '中國神華', // 1088.HK
  '京東集團-SW', // 9618.HK
  '網易-S', // 9999.HK
  '百度集團-SW', // 9888.HK
  '快手-W', // 1024.HK
  '攜程集團-S', // 9961.HK
  '中芯國際', // 0981.HK
  '聯想集團', // 0992.HK
  '比亞迪股份', // 1211.HK
  '吉利汽車', // 0175.HK
  '理想汽車-W', // 2015.HK
  '小鵬汽車-W', // 9868.HK
  '蔚來-SW', // 9866.HK
  '中國聯通', // 0762.HK
  '中國電信', // 0728.HK
  '長和', // 0001.HK
  '長實集團', // 1113.HK
  '長江基建集團', // 1038.HK
  '新鴻基地產', // 0016.HK
  '恒基地產', // 0012.HK
  '新世界發展', // 0017.HK
  '恒隆地產', // 0101.HK
  '中國海外發展', // 0688.HK
  '領展房產基金', // 0823.HK
  '中電控股', // 0002.HK
  '香港中華煤氣', // 0003.HK
  '電能實業', // 0006.HK
  '港鐵公司', // 0066.HK
  '恒生銀行', // 0011.HK
  '中銀香港', // 2388.HK
  '銀河娛樂', // 0027.HK
  '金沙中國有限公司', // 1928.HK
  '創科實業', // 0669.HK
  '安踏體育', // 2020.HK
  '李寧', // 2331.HK
  '蒙牛乳業', // 2319.HK
  '華潤啤酒', // 0291.HK
  '萬洲國際', // 0288.HK
  '農夫山泉', // 9633.HK
  '泡泡瑪特', // 9992.HK
  '海爾智家', // 6690.HK
  '藥明生物', // 2269.HK
  '石藥集團', // 1093.HK
  '阿里健康', // 0241.HK
  '紫金礦業', // 2899.HK
  '中信股份', // 0267.HK
  '貴州茅台', // 600519.SS
  '寧德時代', // 300750.SZ
];
