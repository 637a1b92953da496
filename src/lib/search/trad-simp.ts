/**
 * Traditional → simplified characters, for readers who type 黨群服務中心 or paste from a Hong Kong or
 * Taiwan source. Not a general converter (that needs a large table and context): a curated list of
 * the characters that occur in grassroots-governance vocabulary — party and government bodies,
 * community services, common place-name characters. Each pair is one character to one
 * character, so normalising never changes a text's length and highlight offsets stay simple.
 * To extend: add the pair to `pairs` as two characters, traditional first.
 */
const pairs = [
  '黨党 區区 務务 會会 網网 體体 機机 關关 層层 級级 縣县 鄉乡 鎮镇 點点 發发 們们 為为 與与 進进 設设 組组 織织 員员 協协',
  '動动 聯联 專专 業业 開开 規规 劃划 實实 現现 產产 傳传 統统 經经 濟济 衛卫 醫医 療疗 養养 環环 應应 戰战 災灾 險险 權权',
  '糾纠 紛纷 調调 決决 議议 論论 標标 準准 場场 視视 頻频 數数 據据 資资 訊讯 線线 長长 書书 記记 幹干 隊队 職职 責责 監监',
  '導导 質质 興兴 學学 習习 運运 營营 費费 財财 稅税 貧贫 農农 寧宁 達达 漢汉 壽寿 廣广 華华 國国 義义 愛爱 邊边 價价 優优',
  '勢势 隨随 積积 極极 條条 項项 類类 單单 個个 歲岁 兒儿 婦妇 殘残 補补 貼贴 幫帮 嚴严 團团 結结 樓楼 棟栋 戶户 門门 來来',
  '這这 對对 將将 從从 還还 過过 時时 間间 問问 題题 號号 辦办 處处 廳厅 鄰邻 裡里 裏里 陽阳 雲云 電电 車车 鐵铁 勞劳 紀纪',
  '檢检 風风 氣气 勵励 獎奖 懲惩 誌志 願愿 託托 護护 臺台 灣湾 觀观 購购 買买 賣卖 錢钱 銀银 貸贷 認认 證证 許许 讓让 評评',
  '聽听 說说 話话 語语 讀读 寫写 綜综 總总 覽览 遠远 際际 築筑 屬属 歸归 輔辅 齡龄 獨独 親亲 眾众 衆众 構构 億亿 萬万 舉举 創创 擔担 盡尽 響响 夥伙 韌韧 礎础 鏈链 藝艺 慶庆 戲戏',
].join(' ');
export const tradToSimp: ReadonlyMap<string, string> = new Map(
  pairs.split(' ').map((pair) => [pair[0], pair[1]] as [string, string]),
);
